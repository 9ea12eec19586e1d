import { expect, it } from 'vitest';
import type { NewOutboxItem, Store } from '../types';
import { key, makeCase, type Stores } from './fixtures';

const MINUTE = 60_000;

async function enqueue(store: Store, count: number, kind: NewOutboxItem['kind'] = 'notify-user'): Promise<void> {
  const item = makeCase({ userKey: `user-${key()}` });
  await store.commit({
    dedupeKey: key(),
    insertCases: [item],
    outbox: Array.from({ length: count }, (_, index) => ({ kind, caseId: item.id, payload: { index, text: 'olá <b>' } })),
  });
}

const later = (ms: number): Date => new Date(Date.now() + ms);

export function outboxContract(stores: Stores): void {
  it('leases due items oldest first with their payload, and counts pending ones', async () => {
    const store = await stores.open();
    await enqueue(store, 3);
    expect(await store.pendingOutboxCount()).toBe(3);
    const leased = await store.leaseOutbox(later(0), 2, MINUTE);
    expect(leased.map((item) => item.payload.index)).toEqual([0, 1]);
    expect(leased[0]).toMatchObject({ kind: 'notify-user', attempts: 0, payload: { index: 0, text: 'olá <b>' } });
    expect(leased[0]?.lastError).toBeUndefined();
    expect(new Set(leased.map((item) => item.id)).size).toBe(2);
    expect(Date.parse(leased[0]!.nextAttemptAt)).toBeLessThanOrEqual(Date.now());
    expect(await store.pendingOutboxCount()).toBe(3);
  });

  it('does not lease an item again while its lease lives, and does once it expired', async () => {
    const store = await stores.open();
    await enqueue(store, 1);
    const now = later(0);
    const [first] = await store.leaseOutbox(now, 10, MINUTE);
    expect(first).toBeDefined();
    expect(await store.leaseOutbox(new Date(now.getTime() + MINUTE - 1), 10, MINUTE)).toEqual([]);
    const again = await store.leaseOutbox(new Date(now.getTime() + MINUTE), 10, MINUTE);
    expect(again.map((item) => item.id)).toEqual([first!.id]);
  });

  it('never gives the same item to two instances leasing at the same time', async () => {
    const [a, b] = [await stores.open(), await stores.open()];
    await enqueue(a, 40);
    const now = later(0);
    const batches = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).leaseOutbox(now, 4, MINUTE)));
    const ids = batches.flat().map((item) => item.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    expect(await a.leaseOutbox(now, 10, MINUTE)).toEqual([]);
  });

  it('counts a failed attempt, keeps the error and honours the backoff', async () => {
    const store = await stores.open();
    await enqueue(store, 1);
    const [item] = await store.leaseOutbox(later(0), 1, MINUTE);
    const retryAt = later(10 * MINUTE);
    await store.markFailed(item!.id, 'Bot Framework 502', retryAt);
    expect(await store.leaseOutbox(later(9 * MINUTE), 10, MINUTE)).toEqual([]);
    const [retried] = await store.leaseOutbox(later(10 * MINUTE), 10, MINUTE);
    expect(retried).toMatchObject({ id: item!.id, attempts: 1, lastError: 'Bot Framework 502' });
    expect(retried!.nextAttemptAt).toBe(retryAt.toISOString());
  });

  it('releases an item without counting an attempt', async () => {
    const store = await stores.open();
    await enqueue(store, 1);
    const [item] = await store.leaseOutbox(later(0), 1, 10 * MINUTE);
    await store.release(item!.id, later(MINUTE));
    expect(await store.leaseOutbox(later(0), 10, MINUTE)).toEqual([]);
    const [again] = await store.leaseOutbox(later(MINUTE), 10, MINUTE);
    expect(again).toMatchObject({ id: item!.id, attempts: 0 });
  });

  it('never leases a delivered item again', async () => {
    const store = await stores.open();
    await enqueue(store, 2);
    const [first] = await store.leaseOutbox(later(0), 1, MINUTE);
    await store.markDelivered(first!.id, later(0));
    expect(await store.pendingOutboxCount()).toBe(1);
    const rest = await store.leaseOutbox(later(2 * MINUTE), 10, MINUTE);
    expect(rest.map((item) => item.id)).not.toContain(first!.id);
    expect(rest).toHaveLength(1);
  });

  it('never leases an item given up on, and counts it as failed rather than pending', async () => {
    const store = await stores.open();
    await enqueue(store, 2);
    const [first] = await store.leaseOutbox(later(0), 1, MINUTE);
    await store.markGivenUp(first!.id, 'HTTP 400: invalid tenant', later(0));
    expect(await store.pendingOutboxCount()).toBe(1);
    const rest = await store.leaseOutbox(later(24 * 60 * MINUTE), 10, MINUTE);
    expect(rest.map((item) => item.id)).not.toContain(first!.id);
    const stats = await store.outboxStats();
    expect(stats).toMatchObject({ pending: 1, failed: 1 });
    expect(Date.parse(stats.oldestPendingAt!)).toBeLessThanOrEqual(Date.now());
  });

  it('reports an empty outbox with no oldest item', async () => {
    const store = await stores.open();
    expect(await store.outboxStats()).toEqual({ pending: 0, failed: 0 });
  });

  it('leases only the kinds asked for', async () => {
    const store = await stores.open();
    await enqueue(store, 2, 'notify-user');
    await enqueue(store, 1, 'post-case-card');
    await enqueue(store, 1, 'update-case-card');
    const cards = await store.leaseOutbox(later(0), 10, MINUTE, ['post-case-card', 'update-case-card']);
    expect(cards.map((item) => item.kind)).toEqual(['post-case-card', 'update-case-card']);
    expect(await store.leaseOutbox(later(0), 10, MINUTE, [])).toEqual([]);
    const notices = await store.leaseOutbox(later(0), 10, MINUTE);
    expect(notices.map((item) => item.kind)).toEqual(['notify-user', 'notify-user']);
  });
}
