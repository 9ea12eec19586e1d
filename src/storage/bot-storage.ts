import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { Store } from './types';

type DocStore = Pick<Store, 'readDocs' | 'writeDocs' | 'deleteDocs'>;

/**
 * botbuilder `Storage` (used by teams-ai's TurnState) over the Store's docs table, with the eTag
 * rules of botbuilder's MemoryStorage: every write gets a new eTag; writing an item that carries a
 * stale eTag rejects (ETagConflictError); '*' or no eTag overwrites.
 */
export class BotStateStorage implements Storage {
  constructor(private readonly store: DocStore) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const docs = await this.store.readDocs(keys);
    const items: StoreItems = {};
    for (const [key, doc] of Object.entries(docs)) items[key] = { ...(doc.value as StoreItem), eTag: doc.eTag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const docs: Record<string, { value: unknown; eTag?: string }> = {};
    for (const [key, item] of Object.entries(changes)) {
      // The eTag is storage metadata, kept in its own column, not inside the saved value.
      const { eTag, ...value } = item as StoreItem;
      docs[key] = eTag === undefined ? { value } : { value, eTag };
    }
    await this.store.writeDocs(docs);
  }

  async delete(keys: string[]): Promise<void> {
    await this.store.deleteDocs(keys);
  }
}
