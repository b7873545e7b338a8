import type Database from 'better-sqlite3';
import type { Row } from '../rows.js';
import { bind, compile, sqliteDialect, type CompiledStatement, type Params } from '../sql/dialect.js';
import { buildStatements, type StatementName } from '../sql/statements.js';

const SOURCES = buildStatements(sqliteDialect);

/**
 * The shared statements on one SQLite connection, each compiled once: better-sqlite3 compiles the
 * SQL on every `prepare`, which cost more than running most of these (docs/benchmarks.md).
 */
export class PreparedStatements {
  private readonly cache = new Map<StatementName, { statement: Database.Statement; compiled: CompiledStatement }>();

  constructor(private readonly db: Database.Database) {}

  private prepare(name: StatementName, params: Params): [Database.Statement, unknown[]] {
    let entry = this.cache.get(name);
    if (!entry) {
      const compiled = compile(SOURCES[name], sqliteDialect.name);
      entry = { statement: this.db.prepare(compiled.text), compiled };
      this.cache.set(name, entry);
    }
    return [entry.statement, bind(entry.compiled, params, sqliteDialect.name)];
  }

  /** The first row (statements that read, or write with RETURNING). */
  get(name: StatementName, params: Params = {}): Row | undefined {
    const [statement, args] = this.prepare(name, params);
    return statement.get(...args) as Row | undefined;
  }

  all(name: StatementName, params: Params = {}): Row[] {
    const [statement, args] = this.prepare(name, params);
    return statement.all(...args) as Row[];
  }

  /** Runs a write; the number of rows it changed. */
  run(name: StatementName, params: Params = {}): number {
    const [statement, args] = this.prepare(name, params);
    return statement.run(...args).changes;
  }
}
