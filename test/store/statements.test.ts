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
