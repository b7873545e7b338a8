// How one SQL text serves both drivers: statements name their parameters (`:task_id`), and each
// dialect turns the names into its own placeholders. The few real differences between SQLite and
// Postgres are fragments here, so each statement is still written once (statements.ts).

export type DialectName = 'sqlite' | 'postgres';

export interface Dialect {
  readonly name: DialectName;
  /** A condition: `column` is one of the values of the array bound to the list parameter `param`. */
  inList(column: string, param: string): string;
  /** Appended to the SELECT that picks rows to claim. */
  readonly claimLock: string;
  /** The same, locking only the rows of table alias `alias` (a claim that joins other tables). */
  claimLockOf(alias: string): string;
  /** A statement that holds a lock on one key's task creation until the transaction ends. */
  keyLock(param: string): string;
  /**
   * Whether claimers run concurrently and pass over rows another holds (Postgres). With one writer
   * (SQLite) a claim never meets a locked row, so it needs to look only at each key's oldest task.
   */
  readonly concurrentClaims: boolean;
}

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  // One prepared statement for any list length: the array is bound as JSON and read by json_each.
  inList: (column, param) => `${column} IN (SELECT value FROM json_each(${param}))`,
  // Claims run in an IMMEDIATE transaction, which already holds the file's one write lock.
  claimLock: '',
  claimLockOf: () => '',
  // The IMMEDIATE transaction already serialises every writer: a statement that does nothing.
  keyLock: (param) => `SELECT ${param} AS key_id`,
  concurrentClaims: false,
};

export const postgresDialect: Dialect = {
  name: 'postgres',
  inList: (column, param) => `${column} = ANY(${param})`,
  // Concurrent claimers pass over a row another is taking instead of waiting for it.
  claimLock: 'FOR UPDATE SKIP LOCKED',
  claimLockOf: (alias) => `FOR UPDATE OF ${alias} SKIP LOCKED`,
  keyLock: (param) => `SELECT pg_advisory_xact_lock(hashtext('bananastand key ' || ${param}))`,
  concurrentClaims: true,
};

/** Named parameter values; every name the statement uses must be present (null for SQL NULL). */
export type Params = Record<string, unknown>;

/** A statement ready for one driver: positional placeholders and the names to bind, in order. */
export interface CompiledStatement {
  text: string;
  names: readonly string[];
}

// `:name`, but not the `::` of a Postgres cast nor a colon inside a word.
const NAMED_PARAMETER = /(?<![:\w]):([a-z][a-z0-9_]*)/g;

/** SQLite takes one `?` per occurrence; Postgres numbers each name once (`$1` may appear twice). */
export function compile(source: string, dialect: DialectName): CompiledStatement {
  const names: string[] = [];
  const text = source.replace(NAMED_PARAMETER, (_match, name: string) => {
    if (dialect === 'sqlite') {
      names.push(name);
      return '?';
    }
    const at = names.indexOf(name);
    return `$${at >= 0 ? at + 1 : names.push(name)}`;
  });
  return { text, names };
}

/** The positional values of `params` for a compiled statement; list parameters become JSON for SQLite. */
export function bind(statement: CompiledStatement, params: Params, dialect: DialectName): unknown[] {
  return statement.names.map((name) => {
    const value = params[name];
    if (value === undefined) throw new Error(`SQL parameter :${name} has no value in: ${statement.text}`);
    return dialect === 'sqlite' && Array.isArray(value) ? JSON.stringify(value) : value;
  });
}
