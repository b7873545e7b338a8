import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateSqlite } from '../../src/store/sqlite/migrate.js';
import { migratePostgres } from '../../src/store/postgres/migrate.js';
import { bind, compile, postgresDialect, sqliteDialect } from '../../src/store/sql/dialect.js';
import { buildStatements } from '../../src/store/sql/statements.js';

const url = process.env.BANANASTAND_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bs_stmts_${randomBytes(4).toString('hex')}`;
const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}` });

afterAll(async () => {
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
});

describe('named parameters', () => {
  const source = `SELECT :a::text AS x WHERE b = :a AND c = :c_2 AND d = 'x:y'`;

  it('SQLite gets one ? per use; Postgres numbers each name once; casts and literals stay', () => {
    expect(compile(source, 'sqlite')).toEqual({ text: `SELECT ?::text AS x WHERE b = ? AND c = ? AND d = 'x:y'`, names: ['a', 'a', 'c_2'] });
    expect(compile(source, 'postgres')).toEqual({ text: `SELECT $1::text AS x WHERE b = $1 AND c = $2 AND d = 'x:y'`, names: ['a', 'c_2'] });
  });

  it('binds by name, lists as JSON for SQLite, and names a missing parameter', () => {
    const c = compile('SELECT :ids, :n', 'sqlite');
    expect(bind(c, { ids: ['a', 'b'], n: null }, 'sqlite')).toEqual(['["a","b"]', null]);
    expect(bind(compile('SELECT :ids', 'postgres'), { ids: ['a'] }, 'postgres')).toEqual([['a']]);
    expect(() => bind(c, { ids: [] }, 'sqlite')).toThrow('SQL parameter :n has no value in: SELECT ?, ?');
  });
});

describe('the embedded claim', () => {
  // SQLite's pickNextTask looks only at each key's oldest runnable task (statements.ts,
  // PICK_FROM_HEADS); Postgres ranks every runnable task. Both must take the same task every time.
  it('takes, claim after claim, the task that ranking the whole queue takes (ties, caps, expired leases, spent runs)', () => {
    const db = new Database(':memory:');
    migrateSqlite(db);
    const headsSql = compile(buildStatements(sqliteDialect).pickNextTask, 'sqlite');
    const heads = db.prepare(headsSql.text);
    const rankAll = compile(buildStatements({ ...sqliteDialect, concurrentClaims: true }).pickNextTask, 'sqlite');
    const all = db.prepare(rankAll.text);
    expect(rankAll.text).not.toEqual(headsSql.text);
    let rand = 11;
    const next = (n: number) => (rand = (rand * 1_103_515_245 + 12_345) % 2 ** 31) % n;
    const keys = ['k0', 'k1', 'k2', 'k3', 'k4'];
    keys.forEach((k, i) => db.prepare(`INSERT INTO api_keys (id, name, key_hash, prefix, created_at, webhook_secret, max_running)
      VALUES (?, ?, ?, 'p', 0, 's', ?)`).run(k, k, `h${k}`, [null, 2, null, 5, 0][i]));
    const insert = db.prepare(`INSERT INTO tasks (id, key_id, status, prompt, params, reference_count, runs, lease_expires_at, created_at, updated_at)
      VALUES (?, ?, ?, 'p', '{}', 0, ?, ?, ?, 0)`);
    const now = 50_000;
    for (let i = 0; i < 300; i++) {
      const status = ['CREATED', 'CREATED', 'CREATED', 'IN_PROGRESS', 'COMPLETED'][next(5)];
      // Leases live, expired with runs left, or expired with no runs left; created_at with many ties.
      const lease = status === 'IN_PROGRESS' ? [now + 10_000, now - 1, now - 5][next(3)] : null;
      const runs = status === 'IN_PROGRESS' ? 1 + next(3) : 0;
      insert.run(`t${next(10_000).toString().padStart(4, '0')}_${i}`, keys[next(keys.length)], status, runs, lease, 1_000 + next(40));
    }
    const take = db.prepare(`UPDATE tasks SET status = 'IN_PROGRESS', lease_expires_at = ?, runs = runs + 1 WHERE id = ?`);
    const taken: string[] = [];
    // Phases: a default running cap of 4 and the keys' own caps, until every key is at its cap;
    // then no default; then no key caps either, until nothing is runnable.
    const phases = [() => 4, () => 0, () => (db.exec('UPDATE api_keys SET max_running = NULL'), 0)];
    const takenBy: number[] = [];
    let cap = phases[0]();
    for (let claim = 0; claim < 400; claim++) {
      const params = { now, max_runs: 3, max_running: cap };
      const expected = all.get(...bind(rankAll, params, 'sqlite')) as { id: string } | undefined;
      expect(heads.get(...bind(headsSql, params, 'sqlite')), `claim ${claim}`).toEqual(expected);
      if (!expected) {
        takenBy.push(taken.length);
        if (takenBy.length === phases.length) break;
        cap = phases[takenBy.length]();
        continue;
      }
      take.run(now + 60_000, expected.id);
      taken.push(expected.id);
    }
    const runnable = db.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status = 'CREATED'
      OR (status = 'IN_PROGRESS' AND lease_expires_at < ? AND runs < 3)`).get(now) as { n: number };
    // Each phase took more, until everything runnable was taken, each task once.
    expect(takenBy).toHaveLength(3);
    expect(takenBy[0]).toBeGreaterThan(5);
    expect(takenBy[1]).toBeGreaterThan(takenBy[0]);
    expect(takenBy[2]).toBeGreaterThan(takenBy[1]);
    expect(runnable.n).toBe(0);
    expect(new Set(taken).size).toBe(taken.length);
    db.close();
  });
});

describe('every statement', () => {
  it('compiles against the migrated SQLite schema', () => {
    const db = new Database(':memory:');
    migrateSqlite(db);
    for (const [name, source] of Object.entries(buildStatements(sqliteDialect))) {
      expect(() => db.prepare(compile(source, 'sqlite').text), name).not.toThrow();
    }
    db.close();
  });

  it('is prepared by Postgres with every parameter typed', async () => {
    await migratePostgres(pool, schema);
    const client = await pool.connect();
    try {
      for (const [name, source] of Object.entries(buildStatements(postgresDialect))) {
        await expect(client.query(`PREPARE check_${name} AS ${compile(source, 'postgres').text}`), name).resolves.toBeDefined();
      }
    } finally {
      client.release();
    }
  });
});
