import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxItem, Store } from '../storage/types';
import { HandoffService, caseRef } from './service';
import { ManualClock, openRequest, openTempStore, type TempStore } from './testing/fixtures';
import type { Actor } from './transitions';

const agentA: Actor = { id: '29:agent-a', name: 'Aiko Tan', role: 'agent' };
const agentB: Actor = { id: '29:agent-b', name: 'Bruno Diaz', role: 'agent' };

/** Every undelivered outbox item, oldest first (leased for 0 ms, so a later call sees them again). */
async function outbox(store: Store): Promise<Array<Pick<OutboxItem, 'kind' | 'caseId' | 'payload'>>> {
  const items = await store.leaseOutbox(new Date('2100-01-01T00:00:00Z'), 1000, 0);
  return items.map(({ kind, caseId, payload }) => ({ kind, caseId, payload }));
}

let clock: ManualClock;
let temp: TempStore;
let store: Store;
let committed: number;
let service: HandoffService;

beforeEach(async () => {
  clock = new ManualClock('2025-08-01T09:00:00.000Z');
  temp = await openTempStore(clock.now);
  store = temp.store;
  committed = 0;
  service = new HandoffService(store, clock.now, () => {
    committed += 1;
  });
});
afterEach(async () => temp.dispose());

describe('caseRef', () => {
  it('pads to four digits and keeps longer numbers whole', () => {
    expect(caseRef(7)).toBe('WF-0007');
    expect(caseRef(1001)).toBe('WF-1001');
    expect(caseRef(123456)).toBe('WF-123456');
  });
});

describe('HandoffService.openOrAppend', () => {
  it('opens a waiting case with its event, its card post and the user notice in one commit', async () => {
    const result = await service.openOrAppend(openRequest({ words: '  Outlook says unexpected error  ' }));
    if (result.outcome !== 'opened') throw new Error(`expected opened, got ${result.outcome}`);
    const c = result.case;
    expect(c.ref).toMatch(/^WF-\d{4,}$/);
    expect(c).toMatchObject({ state: 'waiting', version: 1, userWords: ['Outlook says unexpected error'], openedAt: '2025-08-01T09:00:00.000Z' });
    expect(await store.getCase(c.id)).toEqual(c);
    expect(await store.findActiveCase('aad-user-1')).toEqual(c);
    const events = await store.listEvents(c.id);
    expect(events).toEqual([{ caseId: c.id, at: c.openedAt, type: 'opened', actor: { id: '29:user-1', name: 'Lena Morel', aadObjectId: 'aad-user-1', role: 'user' }, detail: 'asked' }]);
    expect(await outbox(store)).toEqual([
      { kind: 'post-case-card', caseId: c.id, payload: {} },
      { kind: 'notify-user', caseId: c.id, payload: { notice: 'text', key: 'case.opened', vars: { ref: c.ref } } },
    ]);
    expect(committed).toBe(1);
  });

  it('gives each case its own reference', async () => {
    const first = await service.openOrAppend(openRequest({ userKey: 'user-a' }));
    const second = await service.openOrAppend(openRequest({ userKey: 'user-b' }));
    if (first.outcome === 'duplicate' || second.outcome === 'duplicate') throw new Error('unexpected duplicate');
    expect(first.case.ref).not.toBe(second.case.ref);
  });

  it('sends the answer card (with the case) instead of a text notice when the case is opened for an exception', async () => {
    const result = await service.openOrAppend(openRequest({ reason: 'exception', phase: 'exception-only' }));
    if (result.outcome !== 'opened') throw new Error('expected opened');
    const items = await outbox(store);
    expect(items.map((i) => i.kind)).toEqual(['post-case-card', 'notify-user']);
    expect(items[1]?.payload).toEqual({ notice: 'answer-card', phase: 'exception-only' });
  });

  it("appends a second request of the same user to their active case", async () => {
    const first = await service.openOrAppend(openRequest({ words: 'first message' }));
    if (first.outcome !== 'opened') throw new Error('expected opened');
    clock.advance(60_000);
    const newTranscript = [{ at: '2025-08-01T09:01:00.000Z', from: 'user' as const, text: 'still broken' }];
    const second = await service.openOrAppend(openRequest({ words: 'second message', transcript: newTranscript, reason: 'not-helped' }));
    if (second.outcome !== 'appended') throw new Error(`expected appended, got ${second.outcome}`);
    expect(second.case).toMatchObject({
      id: first.case.id,
      ref: first.case.ref,
      version: 2,
      userWords: ['first message', 'second message'],
      transcript: newTranscript,
      updatedAt: '2025-08-01T09:01:00.000Z',
      openedAt: first.case.openedAt,
    });
    expect(await store.listCasesByUser('aad-user-1', 10)).toHaveLength(1);
    expect((await store.listEvents(first.case.id)).map((e) => [e.type, e.detail])).toEqual([['opened', 'asked'], ['appended', 'not-helped']]);
    expect((await outbox(store)).slice(2)).toEqual([
      { kind: 'update-case-card', caseId: first.case.id, payload: {} },
      { kind: 'notify-user', caseId: first.case.id, payload: { notice: 'text', key: 'case.appended', vars: { ref: first.case.ref } } },
    ]);
    expect(committed).toBe(2);
  });

  it('keeps the earlier transcript when the new request brings none, and adds no empty words', async () => {
    const first = await service.openOrAppend(openRequest({ words: 'only words' }));
    if (first.outcome !== 'opened') throw new Error('expected opened');
    const second = await service.openOrAppend(openRequest({ words: '   ', transcript: [] }));
    expect(second.outcome === 'appended' && second.case.userWords).toEqual(['only words']);
    expect(second.outcome === 'appended' && second.case.transcript).toEqual(first.case.transcript);
  });

  it('keeps only the latest 20 messages, each capped at 2000 characters', async () => {
    for (let n = 1; n <= 25; n++) await service.openOrAppend(openRequest({ words: `message ${n}` }));
    const long = await service.openOrAppend(openRequest({ words: 'y'.repeat(5000) }));
    if (long.outcome !== 'appended') throw new Error('expected appended');
    expect(long.case.userWords).toHaveLength(20);
    expect(long.case.userWords[0]).toBe('message 7');
    expect(long.case.userWords.at(-2)).toBe('message 25');
    expect(long.case.userWords.at(-1)).toHaveLength(2000);
  });

  it('opens a new case once the previous one is resolved', async () => {
    const first = await service.openOrAppend(openRequest());
    if (first.outcome !== 'opened') throw new Error('expected opened');
    await service.act(first.case.id, { type: 'resolve' }, agentA, 'resolve-1');
    const second = await service.openOrAppend(openRequest());
    expect(second.outcome).toBe('opened');
    expect(second.outcome === 'opened' && second.case.id).not.toBe(first.case.id);
  });

  it("reports a redelivered request as 'duplicate' and writes nothing more", async () => {
    const request = openRequest();
    await service.openOrAppend(request);
    const before = await outbox(store);
    const again = await service.openOrAppend({ ...request, words: 'redelivered' });
    expect(again).toEqual({ outcome: 'duplicate' });
    expect(await outbox(store)).toEqual(before);
    const [only] = await store.listCasesByUser('aad-user-1', 10);
    expect(only?.version).toBe(1);
    expect(only && (await store.listEvents(only.id))).toHaveLength(1);
    expect(committed).toBe(1);
  });

  it('lets two simultaneous requests of one user end in one case holding both messages', async () => {
    const results = await Promise.all([
      service.openOrAppend(openRequest({ words: 'from tab one' })),
      service.openOrAppend(openRequest({ words: 'from tab two' })),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['appended', 'opened']);
    const cases = await store.listCasesByUser('aad-user-1', 10);
    expect(cases).toHaveLength(1);
    expect([...(cases[0]?.userWords ?? [])].sort()).toEqual(['from tab one', 'from tab two']);
    expect(committed).toBe(2);
  });

  it('keeps every message of a burst of simultaneous requests (each race round lets one commit)', async () => {
    const words = Array.from({ length: 6 }, (_, n) => `burst message ${n}`);
    const results = await Promise.all(words.map((w) => service.openOrAppend(openRequest({ words: w }))));
    expect(results.filter((r) => r.outcome === 'opened')).toHaveLength(1);
    const cases = await store.listCasesByUser('aad-user-1', 10);
    expect(cases).toHaveLength(1);
    expect([...(cases[0]?.userWords ?? [])].sort()).toEqual(words);
  });
});

describe('HandoffService.act', () => {
  async function openCase() {
    const result = await service.openOrAppend(openRequest({ lang: 'fr' }));
    if (result.outcome !== 'opened') throw new Error('expected opened');
    return result.case;
  }
  const noticesOf = async (caseId: string) =>
    (await outbox(store)).filter((i) => i.caseId === caseId && i.kind === 'notify-user').slice(1).map((i) => i.payload);

  it('claims: the case, the audit event, a card update and the user notice naming the agent', async () => {
    const c = await openCase();
    clock.advance(5 * 60_000);
    const result = await service.act(c.id, { type: 'claim' }, agentA, 'claim-1');
    if (!result.ok) throw new Error(`claim failed: ${result.reason}`);
    expect(result.case).toMatchObject({ state: 'claimed', version: 2, assignee: { id: '29:agent-a', name: 'Aiko Tan' }, updatedAt: '2025-08-01T09:05:00.000Z' });
    expect(await store.getCase(c.id)).toEqual(result.case);
    expect((await store.listEvents(c.id)).at(-1)).toEqual({ caseId: c.id, at: '2025-08-01T09:05:00.000Z', type: 'claimed', actor: agentA });
    expect((await outbox(store)).slice(2)).toEqual([
      { kind: 'update-case-card', caseId: c.id, payload: {} },
      { kind: 'notify-user', caseId: c.id, payload: { notice: 'text', key: 'case.claimed', vars: { ref: c.ref, agent: 'Aiko Tan' } } },
    ]);
  });

  it('resolves with a note: the user is told the note', async () => {
    const c = await openCase();
    await service.act(c.id, { type: 'resolve', note: ' Exception granted ' }, agentB, 'resolve-1');
    expect(await noticesOf(c.id)).toEqual([{ notice: 'text', key: 'case.resolved', vars: { ref: c.ref, agent: 'Bruno Diaz', note: 'Exception granted' } }]);
  });

  it('resolves without a note: the no-note text', async () => {
    const c = await openCase();
    await service.act(c.id, { type: 'resolve', note: '  ' }, agentB, 'resolve-1');
    expect(await noticesOf(c.id)).toEqual([{ notice: 'text', key: 'case.resolvedNoNote', vars: { ref: c.ref, agent: 'Bruno Diaz' } }]);
  });

  it('reopens a resolved case and tells the user', async () => {
    const c = await openCase();
    await service.act(c.id, { type: 'resolve' }, agentA, 'resolve-1');
    const result = await service.act(c.id, { type: 'reopen' }, agentA, 'reopen-1');
    expect(result.ok && result.case.state).toBe('waiting');
    expect((await noticesOf(c.id)).at(-1)).toEqual({ notice: 'text', key: 'case.reopened', vars: { ref: c.ref } });
  });

  it('cancels without telling the user anything, but updates the card', async () => {
    const c = await openCase();
    const user: Actor = { ...c.user, role: 'user' };
    await service.act(c.id, { type: 'cancel' }, user, 'cancel-1');
    expect((await outbox(store)).slice(2)).toEqual([{ kind: 'update-case-card', caseId: c.id, payload: {} }]);
  });

  it('lets exactly one of two simultaneous claims win; the other sees the winner', async () => {
    const c = await openCase();
    const results = await Promise.all([
      service.act(c.id, { type: 'claim' }, agentA, 'claim-a'),
      service.act(c.id, { type: 'claim' }, agentB, 'claim-b'),
    ]);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const winner = winners[0]?.ok ? winners[0].case : undefined;
    // The loser's write conflicted; on the fresh case a claim no longer applies, so it sees the winner.
    expect(losers[0]).toEqual({ ok: false, reason: 'invalid-state', case: winner });
    expect(await store.getCase(c.id)).toEqual(winner);
    expect((await store.listEvents(c.id)).filter((e) => e.type === 'claimed')).toHaveLength(1);
    expect((await noticesOf(c.id))).toHaveLength(1);
  });

  it("does not cost an agent their claim when the bot updates the case at the same moment", async () => {
    const c = await openCase();
    // The outbox records where the card was posted (a version bump) between the agent's read and write.
    const realGet = store.getCase.bind(store);
    let interfered = false;
    store.getCase = async (id: string) => {
      const found = await realGet(id);
      if (found && !interfered) {
        interfered = true;
        const posted = { ...found, state: 'open' as const, card: { conversationId: '19:c', activityId: 'root', serviceUrl: 'https://x/' }, version: found.version + 1 };
        expect(await store.commit({ dedupeKey: 'posted-1', updateCases: [posted] })).toEqual({ ok: true });
      }
      return found;
    };
    const result = await service.act(c.id, { type: 'claim' }, agentA, 'claim-a');
    store.getCase = realGet;
    expect(result.ok).toBe(true);
    const stored = await store.getCase(c.id);
    expect(stored?.state).toBe('claimed');
    expect(stored?.card?.activityId).toBe('root');
  });

  it('refuses a claim on a claimed case as invalid-state, naming the holder', async () => {
    const c = await openCase();
    await service.act(c.id, { type: 'claim' }, agentA, 'claim-a');
    const result = await service.act(c.id, { type: 'claim' }, agentB, 'claim-b');
    expect(result.ok === false && result.reason).toBe('invalid-state');
    expect(!result.ok && 'case' in result && result.case.assignee?.name).toBe('Aiko Tan');
  });

  it("reports an unknown case as 'not-found'", async () => {
    expect(await service.act('no-such-case', { type: 'claim' }, agentA, 'claim-x')).toEqual({ ok: false, reason: 'not-found' });
  });

  it("reports a redelivered click as 'duplicate' without a second commit", async () => {
    const c = await openCase();
    await service.act(c.id, { type: 'resolve' }, agentA, 'click-1');
    await service.act(c.id, { type: 'reopen' }, agentA, 'click-2');
    // The same resolve click arrives again: it would apply (the case is open again) but was already processed.
    expect(await service.act(c.id, { type: 'resolve' }, agentA, 'click-1')).toEqual({ ok: false, reason: 'duplicate' });
    expect((await store.getCase(c.id))?.state).toBe('waiting');
  });

  it('calls onCommitted only for changes that were saved', async () => {
    const c = await openCase();
    expect(committed).toBe(1);
    await service.act(c.id, { type: 'reopen' }, agentA, 'reopen-early'); // invalid-state
    await service.act('missing', { type: 'claim' }, agentA, 'claim-missing'); // not-found
    expect(committed).toBe(1);
    await Promise.all([service.act(c.id, { type: 'claim' }, agentA, 'c1'), service.act(c.id, { type: 'claim' }, agentB, 'c2')]);
    expect(committed).toBe(2);
    await service.act(c.id, { type: 'resolve' }, agentA, 'c1'); // duplicate key
    expect(committed).toBe(2);
  });
});

describe('HandoffService: the open case as a thread', () => {
  async function openCase() {
    const result = await service.openOrAppend(openRequest());
    if (result.outcome !== 'opened') throw new Error('expected opened');
    return result.case;
  }
  const user = { id: '29:user-1', name: 'Lena Morel', aadObjectId: 'aad-user-1' };

  it("adds the user's message: history event, a reply in the case thread, a card update and a confirmation", async () => {
    const c = await openCase();
    clock.advance(60_000);
    const result = await service.addUserMessage(c.id, '  I am on Outlook for Mac 16.89  ', user, 'msg-1');
    if (!result.ok) throw new Error(result.reason);
    expect(result.case.transcript.at(-1)).toEqual({ at: '2025-08-01T09:01:00.000Z', from: 'user', text: 'I am on Outlook for Mac 16.89' });
    expect((await store.listEvents(c.id)).at(-1)).toMatchObject({ type: 'user-message', detail: 'I am on Outlook for Mac 16.89', actor: { name: 'Lena Morel', role: 'user' } });
    expect((await outbox(store)).slice(2)).toEqual([
      { kind: 'post-thread-reply', caseId: c.id, payload: { author: 'Lena Morel', text: 'I am on Outlook for Mac 16.89' } },
      { kind: 'update-case-card', caseId: c.id, payload: {} },
      { kind: 'notify-user', caseId: c.id, payload: { notice: 'text', key: 'case.appended', vars: { ref: c.ref } } },
    ]);
    expect(await service.addUserMessage(c.id, 'again', user, 'msg-1')).toEqual({ ok: false, reason: 'duplicate' });
  });

  it("relays an agent's message to the user with the agent's name, into the history", async () => {
    const c = await openCase();
    const result = await service.relayAgentMessage(c.id, 'Are you on the new Outlook?', agentA, 'agent-1');
    if (!result.ok) throw new Error(result.reason);
    expect(result.case.transcript.at(-1)).toMatchObject({ from: 'agent', name: 'Aiko Tan', text: 'Are you on the new Outlook?' });
    expect((await store.listEvents(c.id)).at(-1)).toMatchObject({ type: 'agent-message', detail: 'Are you on the new Outlook?', actor: { name: 'Aiko Tan', role: 'agent' } });
    expect((await outbox(store)).slice(2)).toEqual([
      { kind: 'notify-user', caseId: c.id, payload: { notice: 'text', key: 'case.agentMessage', vars: { ref: c.ref, agent: 'Aiko Tan', text: 'Are you on the new Outlook?' } } },
      { kind: 'update-case-card', caseId: c.id, payload: {} },
    ]);
  });

  it('refuses both once the case is closed, and keeps a bounded exchange', async () => {
    const c = await openCase();
    for (let i = 0; i < 40; i++) await service.addUserMessage(c.id, `detail ${i}`, user, `msg-${i}`);
    expect((await store.getCase(c.id))?.transcript).toHaveLength(30);
    await service.act(c.id, { type: 'resolve' }, agentA, 'resolve-1');
    expect(await service.addUserMessage(c.id, 'late', user, 'late-1')).toMatchObject({ ok: false, reason: 'invalid-state' });
    expect(await service.relayAgentMessage(c.id, 'late', agentA, 'late-2')).toMatchObject({ ok: false, reason: 'invalid-state' });
    expect(await service.addUserMessage('no-such-case', 'x', user, 'x-1')).toEqual({ ok: false, reason: 'not-found' });
  });
});
