import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/**
 * Moves SQLite's WAL checkpoints off the event loop. By default the connection that commits copies
 * the log back into the database file once it passes 1,000 pages, with two fsyncs: 20–40 ms on this
 * machine, on the main thread, every few hundred writes under a burst (docs/benchmarks.md, "Burst").
 * Here the main connection never checkpoints; a thread with its own connection to the same file runs
 * a PASSIVE checkpoint (it waits for no one and blocks no writer) every `everyMs`; with nothing new in
 * the log that is a read of its header. The log starts over at the first write after a checkpoint
 * that caught up with it. Under writes that never pause that long, the log would keep growing: past
 * `maxWalBytes` the thread runs a TRUNCATE checkpoint instead (writers wait for it once, as they do
 * for SQLite's own checkpoints; it empties the log file). If the thread fails, the main connection checkpoints as before.
 */
export class Checkpointer {
  private readonly thread: Worker;
  private readonly timer: NodeJS.Timeout;
  private busy = false;
  private failed = false;
  private closed = false;
  /** Checkpoints the thread has finished, and how many of them were TRUNCATE (for tests and the curious). */
  completed = 0;
  truncations = 0;

  constructor(
    private readonly db: Database.Database,
    file: string,
    { everyMs = 200, maxWalBytes = 64 * 1024 * 1024 }: { everyMs?: number; maxWalBytes?: number } = {},
  ) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.thread = new Worker(THREAD, { eval: true, execArgv: [], workerData: { driver, file, maxWalBytes } });
    db.pragma('wal_autocheckpoint = 0');
    this.thread.on('message', (m: { ok: boolean; mode: string }) => {
      this.busy = false;
      if (!m.ok) return this.fallBack();
      this.completed++;
      if (m.mode === 'TRUNCATE') this.truncations++;
    });
    this.thread.on('error', () => this.fallBack());
    this.thread.on('exit', () => this.fallBack());
    // After the listeners (a 'message' listener refs the thread again): it never keeps the process up.
    this.thread.unref();
    this.timer = setInterval(() => this.tick(), everyMs);
    this.timer.unref();
  }

  private tick(): void {
    if (this.busy || this.failed) return;
    this.busy = true;
    this.thread.postMessage('checkpoint');
  }

  /** The thread is gone: the main connection checkpoints again, as SQLite does by default. */
  private fallBack(): void {
    if (this.failed || this.closed) return;
    this.failed = true;
    clearInterval(this.timer);
    if (this.db.open) this.db.pragma('wal_autocheckpoint = 1000');
  }

  /** Stops the thread (its connection closes); the main connection's close then checkpoints the rest. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.thread.terminate();
  }
}

// CommonJS, run as is by the thread: no build step and no loader (the driver's path comes resolved).
const THREAD = `
const fs = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const walSize = () => { try { return fs.statSync(workerData.file + '-wal').size; } catch { return 0; } };
parentPort.on('message', () => {
  const mode = walSize() > workerData.maxWalBytes ? 'TRUNCATE' : 'PASSIVE';
  try {
    db.pragma('wal_checkpoint(' + mode + ')');
    parentPort.postMessage({ ok: true, mode });
  } catch (err) {
    parentPort.postMessage({ ok: false, mode, message: String(err && err.message) });
  }
});
`;
