import { expect, it } from 'vitest';
import { at, changed, key, makeCase, type Stores } from './fixtures';

export function casesContract(stores: Stores): void {
  it('stores a case and reads it back by id and by ref, unchanged', async () => {
    const store = await stores.open();
    const item = makeCase({ assignee: { id: '29:a', name: 'Agent' }, card: { conversationId: 'c', activityId: 'x', serviceUrl: 's' } });
    expect(await store.commit({ dedupeKey: key(), insertCases: [item] })).toEqual({ ok: true });
    expect(await store.getCase(item.id)).toEqual(item);
    expect(await store.getCaseByRef(item.ref)).toEqual(item);
    expect(await store.getCase('no-such-case')).toBeUndefined();
    expect(await store.getCaseByRef('WF-0')).toBeUndefined();
  });

  it('finds a case by the message id of its card, once the card is posted', async () => {
    const store = await stores.open();
    const item = makeCase();
    await store.commit({ dedupeKey: key(), insertCases: [item] });
    expect(await store.getCaseByCard('1700000000123')).toBeUndefined();
    const posted = changed(item, { card: { conversationId: '19:support@thread.tacv2', activityId: '1700000000123', serviceUrl: 'https://smba.example/' } });
    await store.commit({ dedupeKey: key(), updateCases: [posted] });
    expect(await store.getCaseByCard('1700000000123')).toEqual(posted);
    expect(await store.getCaseByCard('1700000000999')).toBeUndefined();
  });

  it('finds the active case of a user, and none once it is resolved', async () => {
    const store = await stores.open();
    const item = makeCase();
    await store.commit({ dedupeKey: key(), insertCases: [item] });
    expect((await store.findActiveCase(item.userKey))?.id).toBe(item.id);
    expect(await store.findActiveCase('someone-else')).toBeUndefined();
    await store.commit({ dedupeKey: key(), updateCases: [changed(item, { state: 'resolved' })] });
    expect(await store.findActiveCase(item.userKey)).toBeUndefined();
    expect((await store.getCase(item.id))?.state).toBe('resolved');
  });

  it('lists a user\'s cases newest first and active cases oldest first, with limits', async () => {
    const store = await stores.open();
    const old = makeCase({ openedAt: at(0), state: 'resolved' });
    const middle = makeCase({ openedAt: at(10), state: 'cancelled' });
    const current = makeCase({ openedAt: at(20), state: 'claimed' });
    const otherUser = makeCase({ userKey: 'tenant-a:user-2', openedAt: at(5), state: 'waiting' });
    await store.commit({ dedupeKey: key(), insertCases: [old, middle, current, otherUser] });
    expect((await store.listCasesByUser(current.userKey, 10)).map((c) => c.id)).toEqual([current.id, middle.id, old.id]);
    expect((await store.listCasesByUser(current.userKey, 2)).map((c) => c.id)).toEqual([current.id, middle.id]);
    expect((await store.listActiveCases(10)).map((c) => c.id)).toEqual([otherUser.id, current.id]);
    expect((await store.listActiveCases(1)).map((c) => c.id)).toEqual([otherUser.id]);
  });

  it('refuses a second active case for the same user and keeps nothing of that turn', async () => {
    const store = await stores.open();
    await store.commit({ dedupeKey: key(), insertCases: [makeCase()] });
    const second = makeCase();
    const dedupeKey = key();
    const result = await store.commit({
      dedupeKey,
      insertCases: [second],
      events: [{ caseId: second.id, at: at(1), type: 'opened', actor: { id: 'u', name: 'U', role: 'user' } }],
      outbox: [{ kind: 'post-case-card', caseId: second.id, payload: {} }],
    });
    expect(result).toEqual({ ok: false, reason: 'conflict' });
    expect(await store.getCase(second.id)).toBeUndefined();
    expect(await store.listEvents(second.id)).toEqual([]);
    expect(await store.pendingOutboxCount()).toBe(0);
    expect(await store.wasProcessed(dedupeKey)).toBe(false);
  });

  it('allows a new case once the previous one is closed, but not reopening the old one beside it', async () => {
    const store = await stores.open();
    const first = makeCase();
    await store.commit({ dedupeKey: key(), insertCases: [first] });
    const resolved = changed(first, { state: 'resolved' });
    await store.commit({ dedupeKey: key(), updateCases: [resolved] });
    const second = makeCase();
    expect(await store.commit({ dedupeKey: key(), insertCases: [second] })).toEqual({ ok: true });
    const reopened = changed(resolved, { state: 'open' }, 2);
    expect(await store.commit({ dedupeKey: key(), updateCases: [reopened] })).toEqual({ ok: false, reason: 'conflict' });
    expect((await store.getCase(first.id))?.state).toBe('resolved');
  });

  it('gives two instances racing for the active slot exactly one case', async () => {
    const [a, b] = [await stores.open(), await stores.open()];
    const results = await Promise.all([
      a.commit({ dedupeKey: key(), insertCases: [makeCase()] }),
      b.commit({ dedupeKey: key(), insertCases: [makeCase()] }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'conflict' }]);
    expect(await a.listCasesByUser('tenant-a:user-1', 10)).toHaveLength(1);
  });

  it('hands out unique, increasing case numbers across instances', async () => {
    const [a, b] = [await stores.open(), await stores.open()];
    const numbers = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).nextCaseNumber()));
    expect(new Set(numbers).size).toBe(40);
    const next = await a.nextCaseNumber();
    expect(next).toBeGreaterThan(Math.max(...numbers));
    expect(Math.min(...numbers)).toBeGreaterThan(1000);
  });
}
