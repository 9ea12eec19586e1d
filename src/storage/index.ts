export { createStore, SQLITE_FILE_NAME, type StoreConfig } from './create-store';
export { StorageError } from './errors';
export * from './types';
