import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Checkpointer } from '../../src/store/sqlite/checkpointer.js';

const CHECKPOINTER = new URL('../../src/store/sqlite/checkpointer.ts', import.meta.url).pathname;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bananastand-checkpoint-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function open(name: string) {
  const file = path.join(dir, name);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  return { db, file, wal: () => fs.statSync(`${file}-wal`).size };
}

/** 3,000 commits of one page each, yielding now and then as a server's event loop does. */
async function write(db: Database.Database) {
  const put = db.prepare('INSERT OR REPLACE INTO t (id, v) VALUES (?, ?)');
  for (let i = 0; i < 3_000; i++) {
    put.run(i % 50, 'x'.repeat(500));
    if (i % 100 === 0) await new Promise((r) => setTimeout(r, 5));
  }
}

describe('the WAL checkpointer thread', () => {
  it('takes the checkpoints off the writing connection, and the log starts over once they catch up', async () => {
    // Without it and without SQLite's own checkpoints, the log holds every one of the 3,000 pages.
    const bare = open('bare.db');
    bare.db.pragma('wal_autocheckpoint = 0');
    await write(bare.db);
    expect(bare.wal()).toBeGreaterThan(3_000 * 4096);
    bare.db.close();

    const { db, file } = open('threaded.db');
    const cp = new Checkpointer(db, file, { everyMs: 10 });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await write(db);
    const after = cp.completed;
    while (cp.completed < after + 2) await new Promise((r) => setTimeout(r, 5));
    // Caught up, so the next write starts the log over from its first frame (the count a
    // checkpoint reports is of the log's frames, new or copied).
    db.prepare("INSERT OR REPLACE INTO t (id, v) VALUES (1, 'y')").run();
    const [restarted] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
    expect(restarted.log).toBeLessThanOrEqual(2);
    expect(cp.truncations).toBe(0);
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 50 });
    await cp.close();
    db.close();
    // The last connection's close copied the rest back and removed the log.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const again = new Database(file);
    expect(again.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 50 });
    again.close();
  });

  it('past its size limit the log is emptied, even under writes that never pause', async () => {
    const { db, file, wal } = open('busy.db');
    const cp = new Checkpointer(db, file, { everyMs: 5, maxWalBytes: 256 * 1024 });
    const put = db.prepare('INSERT OR REPLACE INTO t (id, v) VALUES (?, ?)');
    let biggest = 0;
    for (let i = 0; i < 3_000; i++) {
      put.run(i % 50, 'x'.repeat(500));
      // A turn of the event loop for the thread's answers; no pause for a PASSIVE pass to catch up.
      if (i % 20 === 0) await turn();
      biggest = Math.max(biggest, wal());
    }
    while (cp.completed < 1 || cp.truncations < 1) await new Promise((r) => setTimeout(r, 5));
    expect(cp.truncations).toBeGreaterThan(0);
    // Emptied while the writes went on: the log never held all they wrote (12 MB).
    expect(biggest).toBeLessThan(3_000 * 4096);
    await cp.close();
    db.close();
  });

  it('hands checkpoints back to the writing connection if the thread dies', async () => {
    const { db, file } = open('fallback.db');
    const cp = new Checkpointer(db, file, { everyMs: 10 });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await (cp as unknown as { thread: { terminate(): Promise<number> } }).thread.terminate();
    await turn();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await cp.close();
    db.close();
  });

  it('never keeps the process running on its own', () => {
    const script = path.join(dir, 'exits.mts');
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    fs.writeFileSync(script, `import Database from ${JSON.stringify(driver)};
      import { Checkpointer } from ${JSON.stringify(CHECKPOINTER)};
      const file = ${JSON.stringify(path.join(dir, 'exits.db'))};
      const db = new Database(file);
      db.pragma('journal_mode = WAL');
      const cp = new Checkpointer(db, file, { everyMs: 10 });
      await new Promise((r) => setTimeout(r, 200));
      console.log('checkpoints', cp.completed > 0);`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: process.cwd(), encoding: 'utf8', timeout: 30_000 });
    expect(run.stdout.trim(), run.stderr).toBe('checkpoints true');
    expect(run.status).toBe(0);
  });
});
