import { expect, it } from 'vitest';
import { changed, event, key, makeCase, type Stores } from './fixtures';

export function commitContract(stores: Stores): void {
  it('updates a case only from the version just below the one passed', async () => {
    const store = await stores.open();
    const item = makeCase();
    await store.commit({ dedupeKey: key(), insertCases: [item] });
    const claimed = changed(item, { state: 'claimed', assignee: { id: '29:a', name: 'Ann' } });
    expect(await store.commit({ dedupeKey: key(), updateCases: [claimed] })).toEqual({ ok: true });
    expect(await store.getCase(item.id)).toEqual(claimed);
    // A caller holding the old copy (version 1) cannot overwrite version 2.
    const stale = changed(item, { state: 'cancelled' });
    const dedupeKey = key();
    const result = await store.commit({
      dedupeKey,
      updateCases: [stale],
      events: [event(item.id, 'cancelled', 3)],
      outbox: [{ kind: 'update-case-card', caseId: item.id, payload: {} }],
    });
    expect(result).toEqual({ ok: false, reason: 'conflict' });
    expect(await store.getCase(item.id)).toEqual(claimed);
    expect(await store.listEvents(item.id)).toEqual([]);
    expect(await store.pendingOutboxCount()).toBe(0);
    expect(await store.wasProcessed(dedupeKey)).toBe(false);
    // Skipping a version is refused too.
    const skipping = { ...claimed, state: 'resolved' as const, version: 9 };
    expect(await store.commit({ dedupeKey: key(), updateCases: [skipping] })).toEqual({ ok: false, reason: 'conflict' });
  });

  it('refuses to update a case that does not exist', async () => {
    const store = await stores.open();
    expect(await store.commit({ dedupeKey: key(), updateCases: [makeCase({ version: 2 })] }))
      .toEqual({ ok: false, reason: 'conflict' });
  });

  it('lets exactly one of two agents claiming the same case at once win', async () => {
    const [a, b] = [await stores.open(), await stores.open()];
    const item = makeCase();
    await a.commit({ dedupeKey: key(), insertCases: [item] });
    for (let round = 0; round < 5; round += 1) {
      const current = (await a.getCase(item.id))!;
      const byAnn = changed(current, { state: 'claimed', assignee: { id: '29:ann', name: 'Ann' } });
      const byBo = changed(current, { state: 'claimed', assignee: { id: '29:bo', name: 'Bo' } });
      const results = await Promise.all([
        a.commit({ dedupeKey: key(), updateCases: [byAnn], events: [event(item.id, 'claimed', round, 'ann')] }),
        b.commit({ dedupeKey: key(), updateCases: [byBo], events: [event(item.id, 'claimed', round, 'bo')] }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const winner = results[0]!.ok ? byAnn : byBo;
      expect(await b.getCase(item.id)).toEqual(winner);
    }
    const events = await a.listEvents(item.id);
    expect(events).toHaveLength(5);
  });

  it('refuses the same activity twice and keeps nothing of the second', async () => {
    const store = await stores.open();
    const dedupeKey = key();
    const first = makeCase();
    expect(await store.commit({ dedupeKey, insertCases: [first] })).toEqual({ ok: true });
    expect(await store.wasProcessed(dedupeKey)).toBe(true);
    const again = makeCase({ userKey: 'tenant-b:other' });
    const result = await store.commit({
      dedupeKey,
      insertCases: [again],
      events: [event(again.id, 'opened', 1)],
      outbox: [{ kind: 'notify-user', caseId: again.id, payload: { notice: 'opened' } }],
    });
    expect(result).toEqual({ ok: false, reason: 'duplicate' });
    expect(await store.getCase(again.id)).toBeUndefined();
    expect(await store.listEvents(again.id)).toEqual([]);
    expect(await store.pendingOutboxCount()).toBe(0);
    expect(await store.wasProcessed('never-seen')).toBe(false);
  });

  it('accepts one of two instances committing the same activity at once', async () => {
    const [a, b] = [await stores.open(), await stores.open()];
    for (let round = 0; round < 5; round += 1) {
      const dedupeKey = key();
      const fromA = makeCase({ userKey: `user-a-${round}` });
      const fromB = makeCase({ userKey: `user-b-${round}` });
      const results = await Promise.all([
        a.commit({ dedupeKey, insertCases: [fromA], outbox: [{ kind: 'post-case-card', caseId: fromA.id, payload: {} }] }),
        b.commit({ dedupeKey, insertCases: [fromB], outbox: [{ kind: 'post-case-card', caseId: fromB.id, payload: {} }] }),
      ]);
      expect(results.map((r) => (r.ok ? 'ok' : r.reason)).sort()).toEqual(['duplicate', 'ok']);
      const loser = results[0]!.ok ? fromB : fromA;
      expect(await a.getCase(loser.id)).toBeUndefined();
    }
    expect(await a.pendingOutboxCount()).toBe(5);
  });

  it('gives each of many turns committed at once on one instance its own outcome', async () => {
    const store = await stores.open();
    const item = makeCase();
    await store.commit({ dedupeKey: key(), insertCases: [item] });
    const repeated = key();
    const fresh = makeCase({ userKey: 'tenant-a:fresh' });
    const claimed = changed(item, { state: 'claimed', assignee: { id: '29:a', name: 'Ann' } });
    const cancelled = changed(item, { state: 'cancelled' });
    const unwritable = { notice: 'opened', count: BigInt(1) }; // JSON cannot hold it: this turn fails on its own
    const [claimKey, cancelKey, failingKey] = [key(), key(), key()];
    const results = await Promise.allSettled([
      store.commit({ dedupeKey: repeated, insertCases: [fresh], events: [event(fresh.id, 'opened', 1)] }),
      store.commit({ dedupeKey: repeated, outbox: [{ kind: 'notify-user', caseId: fresh.id, payload: {} }] }),
      store.commit({ dedupeKey: claimKey, updateCases: [claimed] }),
      store.commit({ dedupeKey: cancelKey, updateCases: [cancelled], events: [event(item.id, 'cancelled', 2)] }),
      store.commit({ dedupeKey: failingKey, outbox: [{ kind: 'notify-user', caseId: item.id, payload: unwritable }] }),
      store.commit({ dedupeKey: key(), docs: { [`doc-${repeated}`]: { value: { n: 1 } } } }),
    ]);
    const outcomes = results.map((r) => (r.status === 'rejected' ? 'error' : r.value.ok ? 'ok' : r.value.reason));
    // Pairs of turns that compete (one activity delivered twice; two updates from one version): either
    // may come first, since PostgreSQL runs them in parallel. Exactly one of each pair lands.
    const [first, again, claim, cancel] = outcomes.splice(0, 4);
    expect([first, again].sort()).toEqual(['duplicate', 'ok']);
    expect([claim, cancel].sort()).toEqual(['conflict', 'ok']);
    expect(outcomes).toEqual(['error', 'ok']);
    expect(await store.getCase(fresh.id)).toEqual(first === 'ok' ? fresh : undefined);
    expect(await store.listEvents(fresh.id)).toHaveLength(first === 'ok' ? 1 : 0);
    expect(await store.getCase(item.id)).toEqual(claim === 'ok' ? claimed : cancelled);
    expect(await store.listEvents(item.id)).toHaveLength(cancel === 'ok' ? 1 : 0);
    // A turn that failed left nothing behind, not even its dedupe key: its redelivery will run.
    expect(await store.wasProcessed(claim === 'ok' ? cancelKey : claimKey)).toBe(false);
    expect(await store.wasProcessed(failingKey)).toBe(false);
    expect(await store.pendingOutboxCount()).toBe(again === 'ok' ? 1 : 0);
    expect(Object.keys(await store.readDocs([`doc-${repeated}`]))).toEqual([`doc-${repeated}`]);
  });

  it('returns a case\'s events in time order, ties in commit order', async () => {
    const store = await stores.open();
    const item = makeCase();
    await store.commit({ dedupeKey: key(), insertCases: [item], events: [event(item.id, 'opened', 0)] });
    await store.commit({ dedupeKey: key(), events: [event(item.id, 'claimed', 5, 'second'), event(item.id, 'posted', 2)] });
    await store.commit({ dedupeKey: key(), events: [event(item.id, 'resolved', 5, 'third')] });
    const events = await store.listEvents(item.id);
    expect(events.map((e) => [e.type, e.detail])).toEqual([
      ['opened', undefined], ['posted', undefined], ['claimed', 'second'], ['resolved', 'third'],
    ]);
    expect(events[0]).toEqual(event(item.id, 'opened', 0));
    expect(await store.listEvents('other')).toEqual([]);
  });

  it('forgets dedupe keys older than a given time', async () => {
    const store = await stores.open();
    const old = key();
    await store.commit({ dedupeKey: old });
    const removed = await store.pruneProcessed(new Date(Date.now() + 60_000));
    expect(removed).toBe(1);
    expect(await store.wasProcessed(old)).toBe(false);
    const recent = key();
    await store.commit({ dedupeKey: recent });
    expect(await store.pruneProcessed(new Date(Date.now() - 60_000))).toBe(0);
    expect(await store.wasProcessed(recent)).toBe(true);
  });
}
