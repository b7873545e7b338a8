import path from 'node:path';
import type { EventRenderer, Store } from './ports.js';
import { PostgresStore, type PostgresStoreOptions } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

export interface StoreConfig {
  /** `postgres://` or `postgresql://` for the shared store; absent for the embedded SQLite file. */
  databaseUrl?: string;
  dataDir: string;
}

/**
 * The embedded SQLite store in the data folder, or Postgres when a database URL is configured.
 * Either is migrated to the latest schema version before it is returned.
 */
export async function createStore(
  config: StoreConfig,
  renderEvent: EventRenderer,
  opts: PostgresStoreOptions = {},
): Promise<Store> {
  if (!config.databaseUrl) return new SqliteStore(path.join(config.dataDir, 'bananastand.db'), renderEvent);
  const scheme = new URL(config.databaseUrl).protocol;
  if (scheme === 'postgres:' || scheme === 'postgresql:') return PostgresStore.connect(config.databaseUrl, renderEvent, opts);
  throw new Error(`Unsupported database URL scheme "${scheme}": use postgres:// or postgresql://.`);
}
