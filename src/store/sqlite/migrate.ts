import type Database from 'better-sqlite3';
import { MIGRATIONS } from '../migrations/index.js';
import { LEGACY_COLUMNS, migrationSql, pendingMigrations, type Migration } from '../migrations/migration.js';

/**
 * Brings the file to the latest schema version, recorded in `PRAGMA user_version`. Each migration
 * runs in its own IMMEDIATE transaction, which also re-reads the version: another process on the
 * same file (the `keys` command) may have applied it a moment ago.
 */
export function migrateSqlite(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  if (version() === 0) {
    db.transaction(() => {
      if (version() === 0 && hasTable(db, 'api_keys')) addLegacyColumns(db);
    }).immediate();
  }
  const apply = db.transaction((m: Migration) => {
    if (version() >= m.version) return;
    db.exec(migrationSql(m, 'sqlite'));
    db.pragma(`user_version = ${m.version}`);
  });
  for (const m of pendingMigrations(version(), migrations)) apply.immediate(m);
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

function addLegacyColumns(db: Database.Database): void {
  for (const { table, column, type } of LEGACY_COLUMNS) {
    if (!hasTable(db, table)) continue;
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    if (!columns.includes(column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }
}
