import { MemoryStorage, type Storage } from 'botbuilder';
import { expect, it } from 'vitest';
import { BotStateStorage } from '../bot-storage';
import type { Stores } from './fixtures';

/** The same checks run against botbuilder's MemoryStorage, so "behaves like MemoryStorage" is tested, not assumed. */
export function botStorageContract(stores: Stores): void {
  const cases: [string, () => Promise<Storage>][] = [
    ['BotStateStorage', async () => new BotStateStorage(await stores.open())],
    ['MemoryStorage (reference)', async () => new MemoryStorage()],
  ];
  for (const [name, make] of cases) {
    it(`${name}: reads back written items with an eTag, omits missing ones`, async () => {
      const storage = await make();
      await storage.write({ 'conv/a': { count: 1, nested: { lang: 'fr' } } });
      const read = await storage.read(['conv/a', 'conv/none']);
      expect(Object.keys(read)).toEqual(['conv/a']);
      expect(read['conv/a']).toMatchObject({ count: 1, nested: { lang: 'fr' } });
      expect(typeof read['conv/a']?.eTag).toBe('string');
    });

    it(`${name}: rejects an item written with a stale eTag, accepts the fresh one and '*'`, async () => {
      const storage = await make();
      await storage.write({ state: { count: 1 } });
      const loaded = (await storage.read(['state'])).state!;
      await storage.write({ state: { ...loaded, count: 2 } });
      await expect(storage.write({ state: { ...loaded, count: 3 } })).rejects.toThrow();
      const fresh = (await storage.read(['state'])).state!;
      expect(fresh.count).toBe(2);
      await storage.write({ state: { ...fresh, count: 4 } });
      await storage.write({ state: { count: 5, eTag: '*' } });
      expect((await storage.read(['state'])).state?.count).toBe(5);
    });

    it(`${name}: deletes items`, async () => {
      const storage = await make();
      await storage.write({ a: { x: 1 }, b: { x: 2 } });
      await storage.delete(['a']);
      expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
    });
  }

  it('BotStateStorage keeps the eTag out of the stored value', async () => {
    const store = await stores.open();
    await new BotStateStorage(store).write({ item: { x: 1, eTag: '*' } });
    expect((await store.readDocs(['item'])).item?.value).toEqual({ x: 1 });
  });
}
