import { describe } from 'vitest';
import { casesContract } from './cases';
import { commitContract } from './commit';
import { docsContract } from './docs';
import { useStores, type MakeBacking } from './fixtures';
import { lifecycleContract } from './lifecycle';
import { outboxContract } from './outbox';
import { processesContract } from './processes';
import { reportsContract } from './reports';

export type { MakeBacking, StoreBacking } from './fixtures';

/** The one behaviour every Store adapter must show; run unchanged against SQLite and PostgreSQL. */
export function describeStoreContract(name: string, makeBacking: MakeBacking): void {
  describe(`${name} store contract`, () => {
    const stores = useStores(makeBacking);
    describe('cases', () => casesContract(stores));
    describe('commit', () => commitContract(stores));
    describe('outbox', () => outboxContract(stores));
    describe('settings and docs', () => docsContract(stores));
    describe('lifecycle', () => lifecycleContract(stores));
    describe('several processes', () => processesContract(stores));
    describe('reports', () => reportsContract(stores));
  });
}
