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
 * both win: there is no read-then-write. The pid file is information for the message only.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const db = new Database(path.join(dir, LOCK_FILE), { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw new DataDirLockedError(dir, recordedOwner(dir));
    throw err;
  }
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

/** The pid the owner wrote; an owner that has just taken the lock gets a moment to write it. */
function recordedOwner(dir: string): number | undefined {
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      const pid = Number(fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8').trim());
      if (Number.isSafeInteger(pid) && pid > 0) return pid;
    } catch {
      // not written yet
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  return undefined;
}
