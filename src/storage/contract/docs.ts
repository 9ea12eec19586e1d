import { expect, it } from 'vitest';
import { ETagConflictError } from '../types';
import type { Stores } from './fixtures';

export function docsContract(stores: Stores): void {
  it('stores settings and overwrites them', async () => {
    const store = await stores.open();
    expect(await store.getSetting('support-channel')).toBeUndefined();
    await store.setSetting('support-channel', '19:abc@thread.tacv2');
    await store.setSetting('support-channel', '19:def@thread.tacv2');
    expect(await store.getSetting('support-channel')).toBe('19:def@thread.tacv2');
  });

  it('writes a setting and its audit event with a turn, once per dedupe key, and lists audit events newest first', async () => {
    const store = await stores.open();
    const actor = { id: '29:admin', name: 'Ada Admin', aadObjectId: 'aad-1', tenantId: 'tenant-a' };
    const register = (channel: string, at: string) => store.commit({
      dedupeKey: `register-${channel}`,
      settings: { 'support-channel': JSON.stringify({ id: channel }) },
      audit: [{ at, type: 'support-channel-registered', actor, detail: channel }],
    });
    expect(await register('19:first@thread.tacv2', '2025-07-14T09:00:00.000Z')).toEqual({ ok: true });
    expect(await register('19:second@thread.tacv2', '2025-07-14T10:00:00.000Z')).toEqual({ ok: true });
    expect(await register('19:second@thread.tacv2', '2025-07-14T11:00:00.000Z')).toEqual({ ok: false, reason: 'duplicate' });
    expect(JSON.parse((await store.getSetting('support-channel'))!)).toEqual({ id: '19:second@thread.tacv2' });
    expect(await store.listAudit(10)).toEqual([
      { at: '2025-07-14T10:00:00.000Z', type: 'support-channel-registered', actor, detail: '19:second@thread.tacv2' },
      { at: '2025-07-14T09:00:00.000Z', type: 'support-channel-registered', actor, detail: '19:first@thread.tacv2' },
    ]);
    expect(await store.listAudit(1)).toHaveLength(1);
  });

  it('reads what was written, with a new eTag on every write, omitting missing keys', async () => {
    const store = await stores.open();
    await store.writeDocs({ 'conv/1': { value: { step: 1, words: ['日本語'] } } });
    const first = await store.readDocs(['conv/1', 'missing']);
    expect(Object.keys(first)).toEqual(['conv/1']);
    expect(first['conv/1']?.value).toEqual({ step: 1, words: ['日本語'] });
    await store.writeDocs({ 'conv/1': { value: { step: 2 }, eTag: first['conv/1']!.eTag } });
    const second = await store.readDocs(['conv/1']);
    expect(second['conv/1']?.value).toEqual({ step: 2 });
    expect(second['conv/1']?.eTag).not.toBe(first['conv/1']?.eTag);
  });

  it('rejects a write with a stale eTag and keeps the stored value', async () => {
    const store = await stores.open();
    await store.writeDocs({ doc: { value: { n: 1 } } });
    const stale = (await store.readDocs(['doc'])).doc!.eTag;
    await store.writeDocs({ doc: { value: { n: 2 }, eTag: stale } });
    await expect(store.writeDocs({ doc: { value: { n: 3 }, eTag: stale } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await store.readDocs(['doc'])).doc?.value).toEqual({ n: 2 });
  });

  it('creates a doc written with an eTag when none is stored yet (a deleted conversation starts over)', async () => {
    const store = await stores.open();
    await store.writeDocs({ doc: { value: { n: 1 }, eTag: 'from-a-deleted-doc' } });
    expect((await store.readDocs(['doc'])).doc?.value).toEqual({ n: 1 });
  });

  it('overwrites unconditionally with eTag "*" or none', async () => {
    const store = await stores.open();
    await store.writeDocs({ doc: { value: 1 } });
    await store.writeDocs({ doc: { value: 2, eTag: '*' } });
    expect((await store.readDocs(['doc'])).doc?.value).toBe(2);
    await store.writeDocs({ doc: { value: 3 } });
    expect((await store.readDocs(['doc'])).doc?.value).toBe(3);
  });

  it('writes several docs all or nothing', async () => {
    const store = await stores.open();
    await store.writeDocs({ a: { value: 'a1' }, b: { value: 'b1' } });
    await expect(store.writeDocs({ a: { value: 'a2', eTag: '*' }, b: { value: 'b2', eTag: 'not-the-tag' } }))
      .rejects.toBeInstanceOf(ETagConflictError);
    const docs = await store.readDocs(['a', 'b']);
    expect([docs.a?.value, docs.b?.value]).toEqual(['a1', 'b1']);
  });

  it('lets one of two instances win a write from the same eTag', async () => {
    const [a, b] = [await stores.open(), await stores.open()];
    await a.writeDocs({ doc: { value: { by: 'nobody' } } });
    const tag = (await a.readDocs(['doc'])).doc!.eTag;
    const results = await Promise.allSettled([
      a.writeDocs({ doc: { value: { by: 'a' }, eTag: tag } }),
      b.writeDocs({ doc: { value: { by: 'b' }, eTag: tag } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ETagConflictError);
    const winner = results[0]!.status === 'fulfilled' ? 'a' : 'b';
    expect((await b.readDocs(['doc'])).doc?.value).toEqual({ by: winner });
  });

  it('writes docs with a turn, in its transaction: not on a duplicate, not with a stale eTag', async () => {
    const store = await stores.open();
    expect(await store.commit({ dedupeKey: 'turn-1', docs: { memory: { value: { n: 1 } } } })).toEqual({ ok: true });
    const tag = (await store.readDocs(['memory'])).memory!.eTag;
    expect(await store.commit({ dedupeKey: 'turn-1', docs: { memory: { value: { n: 99 } } } })).toEqual({ ok: false, reason: 'duplicate' });
    expect(await store.commit({ dedupeKey: 'turn-2', docs: { memory: { value: { n: 2 }, eTag: tag } } })).toEqual({ ok: true });
    expect(await store.commit({ dedupeKey: 'turn-3', docs: { memory: { value: { n: 3 }, eTag: tag } } })).toEqual({ ok: false, reason: 'conflict' });
    expect((await store.readDocs(['memory'])).memory?.value).toEqual({ n: 2 });
    // The conflicting turn was rolled back whole: its dedupe key is free for a retry.
    expect(await store.wasProcessed('turn-3')).toBe(false);
  });

  it('records feedback once per clicked activity', async () => {
    const store = await stores.open();
    const feedback = { id: 'click-1', at: '2025-07-14T09:00:00.000Z', userKey: 'u', lang: 'ko', phase: 'retired', helped: true };
    await store.recordFeedback(feedback);
    await expect(store.recordFeedback({ ...feedback, helped: false })).resolves.toBeUndefined();
  });
}
