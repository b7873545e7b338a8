import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { limitsContract } from './limits-contract.js';
import { renderEvent, storeContract } from './store-contract.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bananastand-sqlite-store-'));
let n = 0;

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

storeContract('SqliteStore', async () => new SqliteStore(path.join(dir, `store-${++n}.db`), renderEvent));
limitsContract('SqliteStore', async () => new SqliteStore(path.join(dir, `limits-${++n}.db`), renderEvent));
