import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describeStoreContract } from './contract';
import { at, makeCase } from './contract/fixtures';
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

describe('SQLite migration 4 (reports) on existing data', () => {
  it('fills the report columns of cases stored before it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sqlite-backfill-'));
    const file = join(dir, 'support-bot.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const migration of SQLITE_MIGRATIONS.filter((m) => m.version < 4)) {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
    }
    const old = makeCase({ userKey: 'old-user', user: { id: '29:o', name: 'Olga Old', email: 'olga@contoso.example' }, userWords: ['Token Gone'] });
    db.prepare('INSERT INTO cases (id, ref, user_key, state, doc, version, opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(old.id, old.ref, old.userKey, old.state, JSON.stringify(old), old.version, old.openedAt, old.updatedAt);
    db.prepare('INSERT INTO case_events (case_id, at, type, actor, detail) VALUES (?, ?, ?, ?, NULL)').run(old.id, at(7), 'claimed', '{}');
    db.close();
    const store = new SqliteStore({ file, checkpointEveryMs: 0 });
    await store.migrate();
    const [found] = await store.reports.searchCases({ user: 'olga', words: 'token gone', lang: old.lang, limit: 5 });
    expect(found).toEqual({ case: old, claimedAt: at(7) });
    const { totals } = await store.reports.insight({ from: at(0), to: at(60) });
    expect(totals.casesByReason[old.reason]).toBe(1);
    expect(totals.timeToClaim).toEqual({ count: 1, medianMs: 7 * 60_000, p90Ms: 7 * 60_000 });
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
