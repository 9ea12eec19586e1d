import { expect, it } from 'vitest';
import { changed, event, key, makeCase, type Stores } from './fixtures';

export function lifecycleContract(stores: Stores): void {
  it('keeps everything after close and reopen', async () => {
    const first = await stores.open();
    const item = makeCase();
    const number = await first.nextCaseNumber();
    const dedupeKey = key();
    await first.commit({
      dedupeKey,
      insertCases: [item],
      events: [event(item.id, 'opened', 0)],
      outbox: [{ kind: 'post-case-card', caseId: item.id, payload: { ref: item.ref } }],
    });
    await first.setSetting('support-channel', '19:x');
    await first.writeDocs({ turn: { value: { count: 3 } } });
    const tag = (await first.readDocs(['turn'])).turn!.eTag;
    await first.close();

    const reopened = await stores.open();
    expect(await reopened.getCase(item.id)).toEqual(item);
    expect(await reopened.listEvents(item.id)).toEqual([event(item.id, 'opened', 0)]);
    expect(await reopened.wasProcessed(dedupeKey)).toBe(true);
    expect(await reopened.pendingOutboxCount()).toBe(1);
    expect(await reopened.getSetting('support-channel')).toBe('19:x');
    expect(await reopened.readDocs(['turn'])).toEqual({ turn: { value: { count: 3 }, eTag: tag } });
    expect(await reopened.nextCaseNumber()).toBeGreaterThan(number);
    expect(await reopened.commit({ dedupeKey: key(), updateCases: [changed(item, { state: 'claimed' })] })).toEqual({ ok: true });
  });

  it('says which schema version is applied: none before migrating, the expected one after', async () => {
    const store = await stores.open({ migrate: false });
    await expect(store.schemaVersion()).rejects.toThrow();
    await store.migrate();
    const version = await store.schemaVersion();
    expect(version.expected).toBeGreaterThanOrEqual(3);
    expect(version.applied).toBe(version.expected);
  });

  it('migrates idempotently, and safely when several instances start at once', async () => {
    const instances = await Promise.all([1, 2, 3, 4].map(() => stores.open({ migrate: false })));
    await Promise.all(instances.map((store) => store.migrate()));
    await instances[0]!.migrate();
    const item = makeCase();
    expect(await instances[1]!.commit({ dedupeKey: key(), insertCases: [item] })).toEqual({ ok: true });
    expect((await instances[3]!.getCase(item.id))?.id).toBe(item.id);
  });
}
