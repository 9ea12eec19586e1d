import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, SQLITE_FILE_NAME } from './create-store';
import { StorageError } from './errors';
import { SqliteStore } from './sqlite-store';

const logger = pino({ level: 'silent' });
const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'create-store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('createStore', () => {
  it('uses a SQLite file in DATA_DIR (created if missing) when no URL is given', async () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const store = await createStore({ dataDir, databaseUrl: '  ' }, logger);
    expect(store).toBeInstanceOf(SqliteStore);
    await store.setSetting('k', 'v');
    await store.close();
    expect(existsSync(join(dataDir, SQLITE_FILE_NAME))).toBe(true);
  });

  it('opens SQLite in WAL mode with synchronous=NORMAL and a busy timeout', async () => {
    const dataDir = tempDir();
    const store = await createStore({ dataDir }, logger);
    await store.close();
    const db = new Database(join(dataDir, SQLITE_FILE_NAME));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const opened = new SqliteStore({ file: join(dataDir, SQLITE_FILE_NAME) });
    const raw = (opened as unknown as { db: Database.Database }).db;
    expect(raw.pragma('synchronous', { simple: true })).toBe(1);
    expect(raw.pragma('busy_timeout', { simple: true })).toBe(5000);
    await opened.close();
  });

  it('fails with a StorageError when DATA_DIR cannot be a folder', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    await expect(createStore({ dataDir: join(file, 'data') }, logger)).rejects.toThrow(StorageError);
    await expect(createStore({ dataDir: join(file, 'data') }, logger)).rejects.toThrow(/DATA_DIR .* is not a writable folder/);
  });

  it('fails with a StorageError for a malformed or non-PostgreSQL URL', async () => {
    const dataDir = tempDir();
    await expect(createStore({ dataDir, databaseUrl: 'not a url' }, logger)).rejects.toThrow(/DATABASE_URL is not a valid URL/);
    await expect(createStore({ dataDir, databaseUrl: 'mysql://u:p@db/x' }, logger))
      .rejects.toThrow(/must start with postgres:\/\/ or postgresql:\/\//);
  });

  it('fails with a StorageError naming the server, never the password, when PostgreSQL is unreachable', async () => {
    const port = await closedPort();
    const attempt = createStore({ dataDir: tempDir(), databaseUrl: `postgresql://bot:s3cret@127.0.0.1:${port}/support` }, logger);
    const error = await attempt.then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toContain(`127.0.0.1:${port}/support`);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect((error as Error).message).not.toContain('s3cret');
  });
});
