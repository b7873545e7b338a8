import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir, OWNER_FILE } from '../../src/storage/data-dir-lock.js';
import { freePort, ROOT } from '../helpers/child-server.js';
import { tempDir } from '../helpers/runtime.js';

const HOLDER = path.join(ROOT, 'test/storage/lock-holder.ts');
const MAIN = path.join(ROOT, 'src/cli/main.ts');
const children: ChildProcess[] = [];

interface Outcome {
  child: ChildProcess;
  /** 'locked' once it holds the lock, or its exit code when it gave up. */
  result: Promise<'locked' | number>;
  output: () => string;
}

/** A real process that takes the lock (argv: the folder) and holds it until killed. */
function holder(dir: string, spawnIt = (args: string[]) => spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })): Outcome {
  const child = spawnIt(['--import', 'tsx', HOLDER, dir]);
  children.push(child);
  let output = '';
  const result = new Promise<'locked' | number>((resolve) => {
    child.stdout!.on('data', (d) => {
      output += d;
      if (output.includes('locked')) resolve('locked');
    });
    child.stderr!.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve(code ?? -1));
  });
  return { child, result, output: () => output };
}

async function kill9(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

afterEach(async () => {
  await Promise.all(children.splice(0).map(kill9));
});

describe('data folder lock', () => {
  it('two processes started at once: exactly one holds the folder, ten times out of ten', async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const dir = tempDir();
      const both = [holder(dir), holder(dir)];
      const results = await Promise.all(both.map((h) => h.result));
      expect(results.filter((r) => r === 'locked'), `try ${attempt}: ${results.join(', ')}`).toHaveLength(1);
      const loser = both[results.indexOf(3)]!;
      expect(loser.output()).toContain(`The data folder ${dir} is in use by another bananastand process`);
      await Promise.all(both.map((h) => kill9(h.child)));
    }
  }, 120_000);

  it('a SIGKILLed owner does not block an immediate restart', async () => {
    const dir = tempDir();
    const first = holder(dir);
    expect(await first.result).toBe('locked');
    await kill9(first.child);
    expect(fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8').trim()).toBe(String(first.child.pid));
    expect(await holder(dir).result).toBe('locked');
  });

  it('a zombie owner (dead, not yet reaped) does not block a restart', async () => {
    const dir = tempDir();
    // sh starts the holder in the background, then becomes `sleep`, which never reaps it.
    const parent = spawn('sh', ['-c', `"${process.execPath}" --import tsx "${HOLDER}" "${dir}" & echo $!; exec sleep 60`], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(parent);
    let out = '';
    await new Promise<void>((resolve) =>
      parent.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('locked')) resolve();
      }),
    );
    const pid = Number(out.split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    const until = Date.now() + 5000;
    while (!/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))) {
      expect(Date.now()).toBeLessThan(until);
      await new Promise((r) => setTimeout(r, 20));
    }
    // kill(pid, 0) still calls the zombie alive: what a pid-file lock would trust.
    expect(() => process.kill(pid, 0)).not.toThrow();
    expect(await holder(dir).result).toBe('locked');
  });

  it('a stale pid file naming an unrelated live process does not block', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, OWNER_FILE), String(process.ppid));
    const unlock = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8').trim()).toBe(String(process.pid));
    // In this process too, the folder has one owner until it is unlocked.
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    unlock();
    expect(fs.existsSync(path.join(dir, OWNER_FILE))).toBe(false);
    lockDataDir(dir)();
  });

  it('two servers started at once on one folder: one serves, the other exits non-zero naming the folder', async () => {
    const dir = tempDir();
    const starts = await Promise.all(
      [0, 1].map(async () => {
        const port = await freePort();
        const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve'], {
          cwd: ROOT,
          env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), BANANASTAND_DATA_DIR: dir, BANANASTAND_ENGINE: 'local', BANANASTAND_LOG_LEVEL: 'warn', BANANASTAND_API_KEYS: 'bs_test_key_alpha_0123456789abcdefghijklmnop' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        children.push(child);
        let output = '';
        child.stdout!.on('data', (d) => (output += d));
        child.stderr!.on('data', (d) => (output += d));
        const exit = new Promise<number>((r) => child.on('exit', (code) => r(code ?? -1)));
        return { child, port, exit, output: () => output };
      }),
    );
    const ready = async (port: number) => {
      try {
        return (await fetch(`http://127.0.0.1:${port}/readyz`)).ok;
      } catch {
        return false;
      }
    };
    // Wait until one is ready and the other has exited.
    const until = Date.now() + 40_000;
    let exited: (typeof starts)[number] | undefined;
    let serving: (typeof starts)[number] | undefined;
    while (!(exited && serving)) {
      expect(Date.now(), starts.map((s) => s.output()).join('\n---\n')).toBeLessThan(until);
      for (const s of starts) {
        if (s.child.exitCode !== null) exited = s;
        else if (await ready(s.port)) serving = s;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(exited.child.exitCode).not.toBe(0);
    // The pid is information the owner writes just after taking the lock; under heavy load it may not be there yet.
    expect(exited.output()).toMatch(new RegExp(`The data folder ${dir} is in use by another bananastand process( \\(pid ${serving.child.pid},|\\.)`));
    await kill9(serving.child);
  }, 60_000);
});
