import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { assertBuiltFresh, CLI, killHard, startChildServer } from '../helpers/child-server.js';
import { tempDir, TASKS } from '../helpers/runtime.js';

// These run the built binary: refuse, naming the files, when dist/ is older than src/.
beforeAll(assertBuiltFresh);

const run = promisify(execFile);
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child) await killHard(child);
  child = undefined;
});

async function cli(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (err: any) {
    return { code: err.code as number, stdout: err.stdout as string, stderr: err.stderr as string };
  }
}

describe('bananastand keys', () => {
  it('creates a key shown once with its webhook secret, lists it, and revokes it so it answers 401', async () => {
    const env = { BANANASTAND_DATA_DIR: tempDir() };
    const created = await cli(['keys', 'create', '--name', 'mobile'], env);
    expect(created.code).toBe(0);
    const key = /API key:\s+(bs_\S+)/.exec(created.stdout)![1];
    expect(created.stdout).toMatch(/webhook secret: whsec_\S+/);
    const id = /Created key (key_\w+)/.exec(created.stdout)![1];

    const list = await cli(['keys', 'list', '--json'], env);
    const keys = JSON.parse(list.stdout);
    expect(keys).toEqual([expect.objectContaining({ id, name: 'mobile', revoked_at: null })]);
    expect(list.stdout).not.toContain(key);

    const server = await startChildServer(env);
    child = server.child;
    const ok = await fetch(`${server.url}${TASKS}`, { headers: { 'x-magnific-api-key': key } });
    expect(ok.status).toBe(200);
    expect((await cli(['keys', 'revoke', id], env)).code).toBe(0);
    const revoked = await fetch(`${server.url}${TASKS}`, { headers: { 'x-magnific-api-key': key } });
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toEqual({ message: 'Invalid API key' });
  });

  it('explains bad usage with exit code 2', async () => {
    const env = { BANANASTAND_DATA_DIR: tempDir() };
    const res = await cli(['keys', 'create'], env);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--name NAME is required/);
    const unknown = await cli(['keys', 'revoke', 'key_nope'], env);
    expect(unknown.code).toBe(6);
  });
});

describe('bananastand serve', () => {
  it('prints the URL, engine, data folder and the first key once; never logs keys', async () => {
    const dataDir = tempDir();
    const env = { BANANASTAND_DATA_DIR: dataDir, BANANASTAND_LOG_LEVEL: 'debug' };
    const first = await startChildServer(env);
    child = first.child;
    await new Promise((r) => setTimeout(r, 200));
    const out = first.output();
    expect(out).toMatch(/bananastand listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(out).toMatch(/engine\s+: local \(model bananastand-local-1\)/);
    expect(out).toContain(dataDir);
    const key = /^\s+(bs_\S+)$/m.exec(out)![1];
    // Use the key, with a webhook and an inline image, at debug level: none of it may reach the log.
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const res = await fetch(`${first.url}${TASKS}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'a cat', resolution: '512', reference_images: [{ image: png }] }),
    });
    expect(res.status).toBe(200);
    const secret = ((await (await fetch(`${first.url}/v1/webhooks/secret`, { headers: { 'x-magnific-api-key': key } })).json()) as any).data.secret;
    await new Promise((r) => setTimeout(r, 500));
    const logs = first.output().split('\n').filter((l) => l.startsWith('{'));
    expect(logs.length).toBeGreaterThan(2);
    for (const line of logs) {
      expect(line).not.toContain(key);
      expect(line).not.toContain(secret);
      expect(line).not.toContain(png.slice(0, 40));
    }
    await killHard(child);

    // A second start on the same folder makes no new key.
    const second = await startChildServer(env);
    child = second.child;
    await new Promise((r) => setTimeout(r, 200));
    expect(second.output()).not.toMatch(/bs_/);
  });

  it('stops gracefully on SIGTERM: exit 0 and the data folder lock released', async () => {
    const dataDir = tempDir();
    const server = await startChildServer({ BANANASTAND_DATA_DIR: dataDir, BANANASTAND_API_KEYS: 'bs_test_key_alpha_0123456789abcdefghijklmnop' });
    child = server.child;
    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const { existsSync } = await import('node:fs');
    expect(existsSync(`${dataDir}/bananastand.pid`)).toBe(false);
  });

  it('a wrong configuration value stops the process naming the variable', async () => {
    const res = await cli(['serve'], { BANANASTAND_ENGINE: 'dalle', BANANASTAND_DATA_DIR: tempDir() });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/BANANASTAND_ENGINE="dalle": not an accepted value \(accepted: auto, local, gemini, vertex\)/);
  });
});
