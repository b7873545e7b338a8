import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { bind, compile, sqliteDialect } from '../src/store/sql/dialect.js';
import { buildStatements } from '../src/store/sql/statements.js';
import { printTable, quantile, writeResult } from './lib/report.js';

/**
 * The embedded store's claim (docs/benchmarks.md, "Claims"), in process: for queues of 200 to
 * 5,000 CREATED tasks over three keys, the pick statement as it runs now (each key's oldest task,
 * statements.ts `PICK_FROM_HEADS`) beside the one that ranks the whole queue (`PICK_FROM_ALL`, what
 * Postgres runs and SQLite ran before) on the same file in the same run; then the whole queue
 * claimed through the store one task per transaction and in batches of 16 (`claimMany`).
 * `npx tsx bench/claims.ts`; writes bench/results/claims.json.
 */
const QUEUES = [200, 1000, 5000];
const PICKS = 200;

const renderEvent = (t: { id: string }) => JSON.stringify({ id: t.id });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bananastand-bench-claims-'));
const rows: Record<string, string | number>[] = [];
const results: unknown[] = [];

async function filled(name: string, queued: number) {
  const file = path.join(dir, `${name}.db`);
  const store = new SqliteStore(file, renderEvent);
  const keys = ['key_a', 'key_b', 'key_c'];
  for (const [i, id] of keys.entries()) await store.createKey({ id, name: id, keyHash: `h${i}`, prefix: `p${i}`, webhookSecret: 's', createdAt: 1 });
  const params = { aspectRatio: '1:1', resolution: '1K', useGoogleSearch: false } as never;
  // A flood of key_a, a steady key_b, a few of key_c; every create has a webhook (an event per claim).
  await Promise.all(Array.from({ length: queued }, (_, i) => store.createTask({
    id: `t_${i}`, keyId: keys[i % 10 < 7 ? 0 : i % 10 < 9 ? 1 : 2], prompt: 'p', params, references: [],
    webhookUrl: 'https://example.com/hook', idempotencyKey: null, createdAt: 1_000 + i,
  })));
  return { store, file };
}

const median = (xs: number[]) => quantile(xs, 0.5);

for (const queued of QUEUES) {
  // The pick alone, both forms, on one file: half the queue claimed first (running tasks count too).
  const { store, file } = await filled(`pick-${queued}`, queued * 2);
  await store.claimMany('w', 10_000, 600_000, 3, 0, queued);
  const db = new Database(file, { readonly: true });
  const time = (sql: ReturnType<typeof compile>) => {
    const st = db.prepare(sql.text);
    const args = bind(sql, { now: 10_000, max_runs: 3, max_running: 0 }, 'sqlite');
    const ms: number[] = [];
    let id: unknown;
    for (let i = 0; i < PICKS; i++) {
      const t = performance.now();
      id = (st.get(...args) as { id: string }).id;
      ms.push(performance.now() - t);
    }
    return { us: median(ms) * 1000, id };
  };
  const heads = time(compile(buildStatements(sqliteDialect).pickNextTask, 'sqlite'));
  const all = time(compile(buildStatements({ ...sqliteDialect, concurrentClaims: true }).pickNextTask, 'sqlite'));
  if (heads.id !== all.id) throw new Error(`the two picks disagree: ${String(heads.id)} vs ${String(all.id)}`);
  db.close();
  await store.close();

  // The whole queue through the store: one claim per transaction, then batches of 16.
  const claimAll = async (batch: number) => {
    const { store: s } = await filled(`claim-${queued}-${batch}`, queued);
    const t = performance.now();
    let n = 0;
    for (;;) {
      const got = batch === 1 ? [await s.claim('w', 10_000, 600_000, 3, 0)].filter(Boolean) : await s.claimMany('w', 10_000, 600_000, 3, 0, batch);
      n += got.length;
      if (!got.length) break;
    }
    const ms = performance.now() - t;
    await s.close();
    if (n !== queued) throw new Error(`claimed ${n} of ${queued}`);
    return ms;
  };
  const one = await claimAll(1);
  const sixteen = await claimAll(16);
  rows.push({
    'queued (+ as many running)': queued,
    'pick, each key\'s oldest (µs)': Math.round(heads.us),
    'pick, whole queue ranked (µs)': Math.round(all.us),
    'claim all, 1 per commit (ms)': Math.round(one),
    'per claim (µs)': Math.round((one / queued) * 1000),
    'claim all, 16 per commit (ms)': Math.round(sixteen),
    'per claim, batched (µs)': Math.round((sixteen / queued) * 1000),
  });
  results.push({ queued, pickHeadsUs: heads.us, pickAllUs: all.us, claimOneByOneMs: one, claimBatched16Ms: sixteen });
}

printTable(`Claims in the embedded store (load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`, rows);
console.log(`wrote ${writeResult('claims', { results })}`);
fs.rmSync(dir, { recursive: true, force: true });
