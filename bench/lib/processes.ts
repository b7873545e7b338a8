import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** The repository root, whichever script (bench, drill or test) imports this. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli/main.js');
/** The server's source entry, run through tsx: what the suite's crash tests start, needing no build. */
export const SOURCE_CLI = path.join(ROOT, 'src/cli/main.ts');
/** Node arguments that load TypeScript sources (tsx's loader, resolved from this repository). */
export const TSX_IMPORT = ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
/** Which server a child process runs: the build in dist/ (what ships) or src/ through tsx. */
export type ServerBuild = 'dist' | 'src';

/** `node` arguments that start the CLI of `from` (dist/ is checked to be no older than src/). */
export function cliArgs(from: ServerBuild): string[] {
  if (from === 'src') return [...TSX_IMPORT, SOURCE_CLI];
  assertBuiltFresh();
  return [CLI];
}

/** The src/ files changed after their dist/ file was built, or never built: dist/ would run old code. */
export function staleBuild(): string[] {
  const src = path.join(ROOT, 'src');
  const stale: string[] = [];
  for (const rel of fs.readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!rel.endsWith('.ts') || rel.endsWith('.d.ts')) continue;
    const built = fs.statSync(path.join(ROOT, 'dist', rel.replace(/\.ts$/, '.js')), { throwIfNoEntry: false });
    if (!built || built.mtimeMs < fs.statSync(path.join(src, rel)).mtimeMs) stale.push(`src/${rel}`);
  }
  return stale.sort();
}

/** Throws, naming the files, when dist/ is missing or older than src/ (so a run never tests old code). */
export function assertBuiltFresh(): void {
  const stale = staleBuild();
  if (stale.length === 0) return;
  const named = stale.slice(0, 5).join(', ') + (stale.length > 5 ? ` and ${stale.length - 5} more` : '');
  throw new Error(
    `dist/ is older than src/ (${named} changed after the last build, or were never built), so ${path.relative(ROOT, CLI)} would run old code: run npm run build first (npm test does).`,
  );
}

export const TASKS_PATH = '/v1/ai/text-to-image/nano-banana-pro-flash';
export const BENCH_KEY = 'bs_bench_key_0123456789abcdefghijklmnopqrstuv';

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Runs `fn` with a fresh temp folder (data, server log) and deletes the folder once `fn` has
 * succeeded; when it throws, the folder stays for its log, and the error names it.
 */
export async function inTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = tempDir(prefix);
  try {
    const out = await fn(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    return out;
  } catch (err) {
    throw new Error(`${(err as Error).message} (data and server log kept in ${dir})`, { cause: err });
  }
}

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

export interface ChildServer {
  child: ChildProcess;
  pid: number;
  url: string;
  port: number;
  /** Where the child's stdout and stderr go (a file, so a long run does not grow this process). */
  logFile: string;
  /** SIGTERM and wait for the exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL and wait for the exit. */
  kill(): Promise<void>;
}

// Children still running when this process exits (a bench that threw, Ctrl+C) are killed with it.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Spawns `node <args>` with its output in a log file, then waits until `readyPath` answers 200.
 * Bounded: gives up after `readyTimeoutMs`.
 */
export async function spawnServer(opts: {
  args: string[];
  env: Record<string, string>;
  port: number;
  logFile: string;
  readyPath: string;
  readyTimeoutMs?: number;
}): Promise<ChildServer> {
  const out = fs.openSync(opts.logFile, 'a');
  const child = spawn(process.execPath, opts.args, {
    cwd: ROOT,
    env: { ...process.env, ...opts.env, PORT: String(opts.port) },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  running.add(child);
  child.once('exit', () => running.delete(child));
  const url = `http://127.0.0.1:${opts.port}`;
  const until = Date.now() + (opts.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}): ${tail(opts.logFile)}`);
    }
    try {
      const res = await fetch(`${url}${opts.readyPath}`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`server not ready after ${opts.readyTimeoutMs ?? 30_000} ms: ${tail(opts.logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const waitExit = () => new Promise<void>((r) => (exited() ? r() : child.once('exit', () => r())));
  return {
    child,
    pid: child.pid!,
    url,
    port: opts.port,
    logFile: opts.logFile,
    async stop(graceMs = 15_000) {
      if (exited()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await waitExit();
      clearTimeout(timer);
    },
    async kill() {
      if (exited()) return;
      child.kill('SIGKILL');
      await waitExit();
    },
  };
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').slice(-2000);
  } catch {
    return '(no output)';
  }
}

/**
 * The built server (`node dist/cli/main.js serve`; src/ through tsx with `from: 'src'`) on a loopback
 * port, with a bench key, private URLs allowed (the webhook receiver is on loopback) and a rate limit
 * high enough not to interfere.
 */
export async function startBananastand(opts: {
  dataDir: string;
  env?: Record<string, string>;
  port?: number;
  nodeArgs?: string[];
  /** dist/ (default; must be no older than src/) or src/ through tsx. */
  from?: ServerBuild;
}): Promise<ChildServer> {
  const port = opts.port ?? (await freePort());
  return spawnServer({
    args: [...(opts.nodeArgs ?? []), ...cliArgs(opts.from ?? 'dist'), 'serve'],
    env: {
      HOST: '127.0.0.1',
      BANANASTAND_DATA_DIR: opts.dataDir,
      BANANASTAND_PUBLIC_URL: `http://127.0.0.1:${port}`,
      BANANASTAND_API_KEYS: BENCH_KEY,
      BANANASTAND_ENGINE: 'local',
      BANANASTAND_ALLOW_PRIVATE_URLS: 'true',
      BANANASTAND_RATE_LIMIT: '1000000',
      ...opts.env,
    },
    port,
    logFile: path.join(opts.dataDir, '..', `${path.basename(opts.dataDir)}-server.log`),
    readyPath: '/readyz',
  });
}

/** The baseline: a bare fastify route answering a fixed JSON body, in its own process. */
export async function startBaseline(logDir: string): Promise<ChildServer> {
  const port = await freePort();
  return spawnServer({
    args: ['--import', 'tsx', path.join(ROOT, 'bench/baseline-server.ts')],
    env: {},
    port,
    logFile: path.join(logDir, 'baseline.log'),
    readyPath: '/fixed',
  });
}

/** Resident set size of a process now, and its peak so far (Linux /proc/PID/status), in bytes. */
export function readRss(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) a process has used so far, in milliseconds (Linux /proc/PID/stat). */
export function readCpuMs(pid: number, tid?: number): number {
  // /proc/PID/task/PID/stat is the main thread alone: the event loop's own CPU.
  const stat = fs.readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100; // USER_HZ: 100 on every Linux that Node supports
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** Each live thread's CPU so far (ms, user and system), by thread id (Linux: /proc/PID/task). */
export function readThreadCpu(pid: number): Map<number, { user: number; sys: number }> {
  const out = new Map<number, { user: number; sys: number }>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), { user: Number(fields[11]) * 10, sys: Number(fields[12]) * 10 });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

/** Samples a process's RSS every `everyMs` until stopped; returns the peak and the samples. */
export function sampleRss(pid: number, everyMs = 100) {
  const samples: { at: number; rss: number }[] = [];
  const timer = setInterval(() => {
    const r = readRss(pid);
    if (r) samples.push({ at: Date.now(), rss: r.rss });
  }, everyMs);
  return {
    samples,
    stop() {
      clearInterval(timer);
      return { peak: samples.reduce((m, s) => Math.max(m, s.rss), 0), samples };
    },
  };
}

