import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithPostgres } from '../../test/support/describe-postgres';
import { startPostgres, type RunningPostgres } from '../../test/support/postgres';
import { describeStoreContract } from './contract';
import { at, makeCase } from './contract/fixtures';
import { createStore } from './create-store';
import { StorageError } from './errors';
import { POSTGRES_MIGRATIONS } from './postgres-migrations';
import { PostgresStore } from './postgres-store';

// A real PostgreSQL server (never a mock); each test gets its own empty database on it.
describeWithPostgres('PostgreSQL', () => {
  let server: RunningPostgres | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });

  describeStoreContract('PostgreSQL', async () => {
    if (!server) throw new Error('PostgreSQL server did not start');
    const running = server;
    const name = `t_${randomUUID().replace(/-/g, '')}`;
    const url = await running.createDatabase(name);
    return {
      open: async () => new PostgresStore({ url }),
      target: { driver: 'postgres', location: url },
      dispose: () => running.dropDatabase(name),
    };
  });

  describe('createStore with DATABASE_URL', () => {
    const logger = pino({ level: 'silent' });

    it('opens PostgreSQL, records every migration once, and survives a second start', async () => {
      const url = await server!.createDatabase('create_store');
      for (const round of [1, 2]) {
        const store = await createStore({ dataDir: '/nonexistent-never-used', databaseUrl: url }, logger);
        expect(store).toBeInstanceOf(PostgresStore);
        expect(await store.nextCaseNumber()).toBeGreaterThan(1000 + round - 1);
        await store.close();
      }
      const client = new Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
      await client.end();
      expect(rows.map((row) => row.version)).toEqual(POSTGRES_MIGRATIONS.map((migration) => migration.version));
    });

    it('fills the report columns of cases stored before migration 4', async () => {
      const url = await server!.createDatabase('backfill');
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      for (const migration of POSTGRES_MIGRATIONS.filter((m) => m.version < 4)) {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      }
      const old = makeCase({ userKey: 'old-user', user: { id: '29:o', name: 'Olga Old', email: 'olga@contoso.example' }, userWords: ['Token Gone'] });
      await client.query('INSERT INTO cases (id, ref, user_key, state, doc, version, opened_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [old.id, old.ref, old.userKey, old.state, JSON.stringify(old), old.version, old.openedAt, old.updatedAt]);
      await client.query(`INSERT INTO case_events (case_id, at, type, actor) VALUES ($1, $2, 'claimed', '{}')`, [old.id, at(7)]);
      await client.end();
      const store = await createStore({ dataDir: '/unused', databaseUrl: url }, logger);
      const [found] = await store.reports.searchCases({ user: 'olga', words: 'token gone', lang: old.lang, limit: 5 });
      expect(found).toEqual({ case: old, claimedAt: at(7) });
      const { totals } = await store.reports.insight({ from: at(0), to: at(60) });
      expect(totals.casesByReason[old.reason]).toBe(1);
      expect(totals.timeToClaim).toEqual({ count: 1, medianMs: 7 * 60_000, p90Ms: 7 * 60_000 });
      await store.close();
    });

    it('fails with a StorageError when the database does not exist', async () => {
      const url = server!.url.replace(/\/test$/, '/no_such_database');
      await expect(createStore({ dataDir: '/unused', databaseUrl: url }, logger)).rejects.toThrow(StorageError);
      await expect(createStore({ dataDir: '/unused', databaseUrl: url }, logger)).rejects.toThrow(/no_such_database/);
    });
  });
});
