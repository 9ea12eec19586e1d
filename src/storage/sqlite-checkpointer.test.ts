import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from './sqlite-store';

const sizeOf = (file: string): number => statSync(file).size;

/** Enough turns to fill many pages, with a large enough value to grow the database file. */
async function writeTurns(store: SqliteStore, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await store.commit({ dedupeKey: `turn-${i}`, docs: { [`conversation-${i}`]: { value: { text: 'x'.repeat(400) } } } });
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}

describe('SQLite checkpoints in a background thread', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const fileIn = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'sqlite-checkpoint-'));
    dirs.push(dir);
    return join(dir, 'support-bot.sqlite');
  };

  it('copies committed pages from the WAL into the database file while commits only append', async () => {
    const file = fileIn();
    const store = new SqliteStore({ file, checkpointEveryMs: 100 });
    await store.migrate();
    const before = sizeOf(file);
    await writeTurns(store, 300); // synchronous: no checkpoint thread tick can interleave
    expect(sizeOf(`${file}-wal`)).toBeGreaterThan(200_000);
    expect(await waitFor(() => sizeOf(file) > before + 100_000, 5_000)).toBe(true);
    await store.close();
  });

  it('starts the WAL over again and again under sustained writes, and empties it once they stop', async () => {
    const file = fileIn();
    const store = new SqliteStore({ file, checkpointEveryMs: 50, walLimitBytes: 256 * 1024 });
    await store.migrate();
    let written = 0;
    let shrinks = 0;
    let previous = 0;
    const until = Date.now() + 2_000;
    for (let i = 0; Date.now() < until; i += 1) {
      await store.commit({ dedupeKey: `turn-${i}`, docs: { [`conversation-${i % 500}`]: { value: { text: 'x'.repeat(2_000), i } } } });
      written += 1;
      const size = sizeOf(`${file}-wal`);
      if (size < previous) shrinks += 1;
      previous = size;
    }
    expect(written).toBeGreaterThan(1_000); // megabytes of WAL: PASSIVE checkpoints alone never let it shrink
    expect(shrinks).toBeGreaterThanOrEqual(3);
    expect(await waitFor(() => sizeOf(`${file}-wal`) === 0, 2_000)).toBe(true);
    expect(await store.wasProcessed(`turn-${written - 1}`)).toBe(true);
    await store.close();
  });

  it('stops its thread on close, and the data is all there when the file is opened again', async () => {
    const file = fileIn();
    const store = new SqliteStore({ file, checkpointEveryMs: 60_000 });
    await store.migrate();
    await writeTurns(store, 50);
    await store.close();
    const reopened = new SqliteStore({ file, checkpointEveryMs: 0 });
    const docs = await reopened.readDocs(['conversation-0', 'conversation-49']);
    expect(Object.keys(docs)).toEqual(['conversation-0', 'conversation-49']);
    expect(await reopened.wasProcessed('turn-49')).toBe(true);
    await reopened.close();
  });
});
