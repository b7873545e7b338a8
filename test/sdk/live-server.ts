import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import { playgroundPlugins } from '../../src/web/plugins.js';
import { freePort } from '../helpers/child-server.js';
import { KEY_A, KEY_B, tempDir } from '../helpers/runtime.js';

export type LiveServer = Runtime & { baseUrl: string; dataDir: string; close(): Promise<void> };

/**
 * The real product listening on loopback, with the playground plugins, and a public URL that
 * points at it (so the URLs in `generated` can be fetched, by the SDK or a browser).
 */
export async function startLiveServer(env: Record<string, string> = {}): Promise<LiveServer> {
  const port = await freePort();
  const dataDir = env.BANANASTAND_DATA_DIR ?? tempDir();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    BANANASTAND_DATA_DIR: dataDir,
    BANANASTAND_API_KEYS: `${KEY_A},${KEY_B}`,
    BANANASTAND_ENGINE: 'local',
    BANANASTAND_LOG_LEVEL: 'silent',
    BANANASTAND_ALLOW_PRIVATE_URLS: 'true',
    BANANASTAND_SHUTDOWN_GRACE: '1s',
    // Tests poll every few ms: a bucket far above the 10/s default unless a test sets its own.
    BANANASTAND_KEY_RATE: '1000/s',
    BANANASTAND_KEY_BURST: '1000',
    PORT: String(port),
    HOST: '127.0.0.1',
    BANANASTAND_PUBLIC_URL: baseUrl,
    ...env,
  });
  const runtime = await createRuntime(config, { logger: pino({ level: 'silent' }), plugins: playgroundPlugins() });
  await runtime.app.listen({ port, host: '127.0.0.1' });
  await runtime.start();
  return Object.assign(runtime, { baseUrl, dataDir, close: () => runtime.stop() });
}
