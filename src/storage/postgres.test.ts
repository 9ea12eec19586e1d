import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithPostgres } from '../../test/support/describe-postgres';
import { startPostgres, type RunningPostgres } from '../../test/support/postgres';
import { describeStoreContract } from './contract';
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

    it('fails with a StorageError when the database does not exist', async () => {
      const url = server!.url.replace(/\/test$/, '/no_such_database');
      await expect(createStore({ dataDir: '/unused', databaseUrl: url }, logger)).rejects.toThrow(StorageError);
      await expect(createStore({ dataDir: '/unused', databaseUrl: url }, logger)).rejects.toThrow(/no_such_database/);
    });
  });
});
