import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** The lock database: SQLite's own file lock on it is the ownership of the folder. */
export const LOCK_FILE = 'lock.db';
/** Written after the lock is taken, only so that a refused start can say who holds it. */
export const OWNER_FILE = 'bananastand.pid';

/** Another process owns the data folder. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly ownerPid: number | undefined,
  ) {
    const who = ownerPid ? `another bananastand process (pid ${ownerPid}, as it recorded in ${OWNER_FILE})` : 'another bananastand process';
    super(`The data folder ${dir} is in use by ${who}. Stop that process, or set BANANASTAND_DATA_DIR to another folder.`);
    this.name = 'DataDirLockedError';
  }
}

/**
 * One server per data folder: the embedded worker treats every IN_PROGRESS task it finds at start
 * as abandoned, which is only true when no other live process uses the folder.
 *
 * The lock is an exclusive SQLite transaction on `lock.db`, held for the life of the process. SQLite
 * takes it with an fcntl lock, which the kernel drops when the process dies (SIGKILL, a crash, a
 * zombie waiting to be reaped), so a dead owner never blocks a restart, and two starts at once cannot
 * both win: there is no read-then-write (nor can both lose: takeLock). The pid file is information
 * for the message only.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const db = takeLock(path.join(dir, LOCK_FILE), () => new DataDirLockedError(dir, recordedOwner(dir)));
  const ownerFile = path.join(dir, OWNER_FILE);
  fs.writeFileSync(ownerFile, `${process.pid}\n`);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    try {
      if (fs.readFileSync(ownerFile, 'utf8').trim() === String(process.pid)) fs.rmSync(ownerFile);
    } catch {
      // already gone
    }
    db.exec('ROLLBACK');
    db.close();
  };
}

/** How long a start keeps trying while the lock is busy: two starts at once can each see the other's lock. */
const CONTEND_MS = 500;

/**
 * The exclusive transaction, or `locked()` once the lock has stayed busy for CONTEND_MS. Two
 * processes starting together can both be refused at the first try: each reads the new file and
 * holds a shared lock (EXCLUSIVE locking mode keeps it), so each blocks the other's EXCLUSIVE. The
 * loser of a try closes its connection (dropping its shared lock) and tries again after a random
 * pause, so one of them wins; a live owner holds its lock throughout and refuses every try.
 */
function takeLock(file: string, locked: () => Error): Database.Database {
  const giveUpAt = Date.now() + CONTEND_MS;
  for (;;) {
    const db = new Database(file, { timeout: 0 });
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
      return db;
    } catch (err) {
      db.close();
      if (!(err as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw err;
      if (Date.now() >= giveUpAt) throw locked();
    }
    sleepSync(5 + Math.floor(Math.random() * 30));
  }
}

/** The pid the owner wrote; an owner that has just taken the lock gets a moment to write it. */
function recordedOwner(dir: string): number | undefined {
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      const pid = Number(fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8').trim());
      if (Number.isSafeInteger(pid) && pid > 0) return pid;
    } catch {
      // not written yet
    }
    sleepSync(20);
  }
  return undefined;
}

/** Start-up is synchronous here (the lock is taken before anything else runs): a short blocking pause. */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
