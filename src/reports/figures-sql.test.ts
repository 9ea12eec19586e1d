import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../storage/sqlite-store';
import { SQLITE_DIALECT } from './dialect';
import { dailyMessagesQuery, peopleQuery } from './figures-sql';

const period = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };

describe('the interaction figures on SQLite', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wf-figures-'));
  let db: Database.Database;
  beforeAll(async () => {
    const store = new SqliteStore({ file: path.join(dir, 'support-bot.sqlite'), checkpointEveryMs: 0 });
    await store.migrate();
    await store.close();
    db = new Database(path.join(dir, 'support-bot.sqlite'), { readonly: true });
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const plan = (query: { text: string; values: unknown[] }): string =>
    db.prepare(`EXPLAIN QUERY PLAN ${query.text}`).all(...query.values).map((row) => (row as { detail: string }).detail).join('\n');

  it('reads the people of a period per language and phase from the index, without sorting them', () => {
    const detail = plan(peopleQuery(SQLITE_DIALECT, period));
    expect(detail).toMatch(/COVERING INDEX interactions_by_cell \(lang=\? AND phase=\? AND at>\? AND at<\?\)/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });

  it('reads the messages per day from the same index, one range per language and phase', () => {
    expect(plan(dailyMessagesQuery(SQLITE_DIALECT, period))).toMatch(/COVERING INDEX interactions_by_cell \(lang=\? AND phase=\? AND at>\? AND at<\?\)/);
  });
});
