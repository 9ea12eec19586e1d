export { BotStateStorage } from './bot-storage';
export { createStore, SQLITE_FILE_NAME, type StoreConfig } from './create-store';
export { StorageError } from './errors';
export { PostgresStore } from './postgres-store';
export { SqliteStore } from './sqlite-store';
export * from './types';
