import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describeStoreContract } from './contract';
import { assertOrdered } from './migration';
import { SQLITE_MIGRATIONS } from './sqlite-migrations';
import { SqliteStore } from './sqlite-store';

// A real file per test (WAL mode), so "another instance" is a second connection to the same file.
describeStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-store-'));
  const file = join(dir, 'support-bot.sqlite');
  return {
    open: async () => new SqliteStore({ file }),
    target: { driver: 'sqlite', location: file },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('SQLite group commit', () => {
  it('writes the turns still waiting for their group when the store closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sqlite-group-'));
    const file = join(dir, 'support-bot.sqlite');
    const store = new SqliteStore({ file, checkpointEveryMs: 0 }); // no checkpoint thread to wait for: close is immediate
    await store.migrate();
    const committed = [store.commit({ dedupeKey: 'a' }), store.commit({ dedupeKey: 'b', docs: { memory: { value: { lang: 'fr' } } } })];
    await store.close();
    expect(await Promise.all(committed)).toEqual([{ ok: true }, { ok: true }]);
    const reopened = new SqliteStore({ file, checkpointEveryMs: 0 });
    expect([await reopened.wasProcessed('a'), await reopened.wasProcessed('b')]).toEqual([true, true]);
    expect(await reopened.readDocs(['memory'])).toEqual({ memory: { value: { lang: 'fr' }, eTag: expect.any(String) } });
    await reopened.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('SQLite schema migrations', () => {
  it('records every migration once, in order, across reopenings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sqlite-migrations-'));
    const file = join(dir, 'support-bot.sqlite');
    for (let round = 0; round < 2; round += 1) {
      const store = new SqliteStore({ file });
      await store.migrate();
      await store.close();
    }
    const db = new Database(file, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    db.close();
    rmSync(dir, { recursive: true, force: true });
    expect(versions).toEqual(SQLITE_MIGRATIONS.map((migration) => migration.version));
  });

  it('refuses a migration list that is out of order', () => {
    expect(() => assertOrdered([{ version: 2, name: 'b', sql: '' }, { version: 1, name: 'a', sql: '' }])).toThrow(/not after/);
  });
});
