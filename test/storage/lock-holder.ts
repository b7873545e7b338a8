// A child process for data-dir-lock.test.ts: takes the lock on argv[2], says so, then holds it.
import { DataDirLockedError, lockDataDir } from '../../src/storage/data-dir-lock.js';

try {
  lockDataDir(process.argv[2]!);
  process.stdout.write('locked\n');
  setInterval(() => {}, 1 << 30);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(err instanceof DataDirLockedError ? 3 : 1);
}
