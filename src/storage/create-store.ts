import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { StorageError, describeError } from './errors';
import { SqliteStore } from './sqlite-store';
import type { Store } from './types';

export const SQLITE_FILE_NAME = 'support-bot.sqlite';

export interface StoreConfig {
  /** Folder of the SQLite file (used when no PostgreSQL URL is given). */
  dataDir: string;
  /** postgres:// or postgresql:// selects PostgreSQL; empty/absent selects SQLite. */
  databaseUrl?: string;
  clock?: () => Date;
}

/**
 * Opens the configured store and applies migrations, so a bad URL, an unreachable database or an
 * unwritable DATA_DIR fails here, at startup, with a StorageError that says what to fix.
 */
export async function createStore(config: StoreConfig, logger: Logger): Promise<Store> {
  const url = config.databaseUrl?.trim();
  const store = url ? await openPostgres(url, config, logger) : openSqlite(config, logger);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => undefined);
    if (error instanceof StorageError) throw error;
    throw new StorageError(`storage migration failed: ${describeError(error)}`, { cause: error });
  }
  return store;
}

/** Loaded only when configured: the pg driver is ~3 MB of heap a SQLite deployment never uses. */
async function openPostgres(url: string, config: StoreConfig, logger: Logger): Promise<Store> {
  const { assertPostgresUrl, describeDatabaseUrl } = await import('./postgres-connection.js');
  const { PostgresStore } = await import('./postgres-store.js');
  assertPostgresUrl(url);
  logger.info({ driver: 'postgres', database: describeDatabaseUrl(url) }, 'storage: using PostgreSQL');
  return new PostgresStore({ url, logger, ...(config.clock ? { clock: config.clock } : {}) });
}

function openSqlite(config: StoreConfig, logger: Logger): Store {
  try {
    mkdirSync(config.dataDir, { recursive: true });
    accessSync(config.dataDir, constants.W_OK);
  } catch (error) {
    throw new StorageError(`DATA_DIR ${config.dataDir} is not a writable folder: ${describeError(error)}`, { cause: error });
  }
  const file = join(config.dataDir, SQLITE_FILE_NAME);
  logger.info({ driver: 'sqlite', file }, 'storage: using SQLite');
  return new SqliteStore({ file, ...(config.clock ? { clock: config.clock } : {}) });
}
