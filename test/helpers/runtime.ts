import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import type { Engine } from '../../src/engines/engine.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';

export const KEY_A = 'bs_test_key_alpha_0123456789abcdefghijklmnop';
export const KEY_B = 'bs_test_key_bravo_0123456789abcdefghijklmnop';
export const TASKS = '/v1/ai/text-to-image/nano-banana-pro-flash';

export function tempDir(prefix = 'bananastand-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A real runtime (SQLite file in a temp folder, files on disk, in-process worker) with the
 * environment a test gives. Call `close()` after.
 */
export async function startRuntime(
  env: Record<string, string> = {},
  opts: { engine?: Engine; listen?: boolean; start?: boolean } = {},
): Promise<Runtime & { dataDir: string; baseUrl: string; close(): Promise<void> }> {
  const dataDir = env.BANANASTAND_DATA_DIR ?? tempDir();
  const config = loadConfig({
    BANANASTAND_DATA_DIR: dataDir,
    BANANASTAND_API_KEYS: `${KEY_A},${KEY_B}`,
    BANANASTAND_ENGINE: 'local',
    BANANASTAND_LOG_LEVEL: 'silent',
    BANANASTAND_ALLOW_PRIVATE_URLS: 'true',
    PORT: '8080',
    // Tests poll every few ms: a bucket far above the 10/s default unless a test sets its own.
    BANANASTAND_KEY_RATE: '1000/s',
    BANANASTAND_KEY_BURST: '1000',
    ...env,
  });
  const logger = pino({ level: 'silent' });
  const runtime = await createRuntime(config, { logger, engine: opts.engine });
  let baseUrl = config.publicUrl;
  if (opts.listen) {
    await runtime.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = runtime.app.server.address();
    baseUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  } else {
    await runtime.app.ready();
  }
  if (opts.start !== false) await runtime.start();
  return Object.assign(runtime, {
    dataDir,
    baseUrl,
    async close() {
      await runtime.stop();
    },
  });
}

/** Polls GET until the task ends (or the time runs out). */
export async function waitForTask(
  runtime: Runtime,
  taskId: string,
  key = KEY_A,
  timeoutMs = 20_000,
): Promise<any> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await runtime.app.inject({ method: 'GET', url: `${TASKS}/${taskId}`, headers: { 'x-magnific-api-key': key } });
    const task = res.json().data;
    if (task.status === 'COMPLETED' || task.status === 'FAILED') return task;
    if (Date.now() > until) throw new Error(`task ${taskId} still ${task.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
