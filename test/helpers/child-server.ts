import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { assertBuiltFresh, cliArgs, type ServerBuild } from '../../bench/lib/processes.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli/main.js');
/** For tests of the built binary (CLI): throws, naming the files, when dist/ is older than src/. */
export { assertBuiltFresh };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Runs `bananastand serve [args]` as a child process and waits until it is ready. `from`: the built
 * server in dist/ (what ships; refused with the stale files named when dist/ is older than src/), or
 * src/ through tsx, which needs no build (the crash tests, whose subject is recovery, not the build).
 */
export async function startChildServer(
  env: Record<string, string>,
  args: string[] = [],
  readyWithinMs = 20_000,
  from: ServerBuild = 'dist',
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const port = env.PORT ?? String(await freePort());
  let output = '';
  const child = spawn(process.execPath, [...cliArgs(from), 'serve', ...args], {
    env: { ...process.env, HOST: '127.0.0.1', BANANASTAND_LOG_LEVEL: 'warn', BANANASTAND_KEY_RATE: '1000/s', BANANASTAND_KEY_BURST: '1000', ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + readyWithinMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`server not ready: ${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, url, output: () => output };
}

export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

/** `startChildServer` on src/ through tsx: the same server, independent of whether dist/ is built. */
export function startSourceServer(env: Record<string, string>, args: string[] = [], readyWithinMs = 30_000) {
  return startChildServer(env, args, readyWithinMs, 'src');
}
