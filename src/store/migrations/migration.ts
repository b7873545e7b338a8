import type { DialectName } from '../sql/dialect.js';

/**
 * One numbered step of the schema (docs/operations.md, "Upgrades and migrations"). A database
 * records the highest version applied; at start each store applies every registered migration
 * above it, in order, each in its own transaction with the new version.
 */
export interface Migration {
  version: number;
  /** Short kebab-case description, as in the file name (`001-initial.ts` → `initial`). */
  name: string;
  /** The SQL: one text when both dialects accept it, else one per dialect. */
  up: string | Readonly<Record<DialectName, string>>;
}

export function migrationSql(m: Migration, dialect: DialectName): string {
  return typeof m.up === 'string' ? m.up : m.up[dialect];
}

/** Sorted by version; refuses duplicates and gaps so a mis-numbered file fails every start, loudly. */
export function checkedRegistry(migrations: readonly Migration[]): readonly Migration[] {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(
        `Store migrations must be numbered 1, 2, 3… without gaps or repeats: found ${sorted.map((x) => x.version).join(', ')} (src/store/migrations/index.ts).`,
      );
    }
  });
  return Object.freeze(sorted);
}

/** The migrations a database at `current` still needs; a database newer than this code is refused. */
export function pendingMigrations(current: number, migrations: readonly Migration[]): Migration[] {
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current > latest) {
    throw new Error(
      `The database is at schema version ${current}, but this bananastand release knows versions up to ${latest}: ` +
        `a newer release has upgraded it. Run that release (or a newer one), or restore the backup taken before ` +
        `the upgrade (docs/operations.md, "Upgrades and migrations").`,
    );
  }
  return migrations.filter((m) => m.version > current);
}

/**
 * Columns that databases made before numbered migrations may lack: releases up to d03482d added
 * them at start by probing the table. Such a database (tables present, no version recorded) gets
 * them first, and is then at version 1.
 */
export const LEGACY_COLUMNS: readonly { table: string; column: string; type: string }[] = [
  { table: 'webhook_events', column: 'leased_until', type: 'BIGINT' },
];
