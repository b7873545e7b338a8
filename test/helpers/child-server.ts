import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli/main.js');

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

/** Runs the built server (`bananastand serve [args]`) as a child process and waits until it is ready. */
export async function startChildServer(
  env: Record<string, string>,
  args: string[] = [],
  readyWithinMs = 20_000,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const port = env.PORT ?? String(await freePort());
  let output = '';
  const child = spawn(process.execPath, [CLI, 'serve', ...args], {
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
