import { expect, it } from 'vitest';
import type { Case, CaseEvent } from '../../handoff/types';
import type { Interaction, Store } from '../types';
import { at, changed, event, key, makeCase, type Stores } from './fixtures';

const DAY = 24 * 60;
/** Two UTC days: 2025-07-14 and 2025-07-15 (the fixtures' clock starts 2025-07-14T09:00Z). */
const PERIOD = { from: '2025-07-14T00:00:00.000Z', to: '2025-07-16T00:00:00.000Z' };

function asked(userKey: string, minutes: number, lang: string, phase: string, kind: Interaction['kind'], message = true): Interaction {
  return { at: at(minutes), userKey, lang, phase, kind, message };
}

/** A case opened at `opened` minutes, claimed and resolved after the given durations (ms). */
async function seedCase(store: Store, fields: Partial<Case>, opened: number, claimAfterMs?: number, resolveAfterMs?: number): Promise<Case> {
  const item = makeCase({ openedAt: at(opened), updatedAt: at(opened), state: resolveAfterMs === undefined ? 'open' : 'resolved', ...fields });
  const start = Date.parse(item.openedAt);
  const later = (type: CaseEvent['type'], ms: number): CaseEvent => ({ ...event(item.id, type, 0), at: new Date(start + ms).toISOString() });
  const events = [event(item.id, 'opened', opened)];
  if (claimAfterMs !== undefined) events.push(later('claimed', claimAfterMs));
  if (resolveAfterMs !== undefined) events.push(later('resolved', resolveAfterMs));
  expect(await store.commit({ dedupeKey: key(), insertCases: [item], events })).toEqual({ ok: true });
  return item;
}

const MIN = 60_000;

/** Known events, and the figures they must give on every database. */
async function seedKnownWeek(store: Store): Promise<void> {
  // People asking: u1 (fr) had a case two days before, asked again and handed off; u2 (en) answered,
  // then asked in German on day 2; u3 (en) answered twice on day 2; u4 (de) clicked "Talk to a
  // person" (not a message); u5 asked the day before the period only.
  const interactions = [
    asked('u1', -2 * DAY, 'fr', 'exception-only', 'case'),
    asked('u1', 0, 'fr', 'exception-only', 'answer'),
    asked('u1', 10, 'fr', 'exception-only', 'case'),
    asked('u2', 5, 'en', 'exception-only', 'answer'),
    asked('u3', DAY + 1, 'en', 'retired', 'answer'),
    asked('u3', DAY + 2, 'en', 'retired', 'answer'),
    asked('u4', DAY + 5, 'de', 'retired', 'case', false),
    asked('u2', DAY + 3, 'de', 'retired', 'answer'),
    asked('u5', -DAY, 'en', 'retired', 'answer'),
  ];
  // One interaction per turn, as the bot commits them.
  for (const interaction of interactions) await store.commit({ dedupeKey: key(), interactions: [interaction] });
  await store.recordFeedback({ id: key(), at: at(6), userKey: 'u2', lang: 'en', phase: 'exception-only', helped: true });
  await store.recordFeedback({ id: key(), at: at(9), userKey: 'u1', lang: 'fr', phase: 'exception-only', helped: false });
  await store.recordFeedback({ id: key(), at: at(DAY + 3), userKey: 'u3', lang: 'en', phase: 'retired', helped: true });
  await store.recordFeedback({ id: key(), at: at(-DAY), userKey: 'u5', lang: 'en', phase: 'retired', helped: false });

  // Claimed after 10 min 0.25 s, 20, 30, 40 and 100 min; resolved after 60, 120, 180 and 240 min.
  await seedCase(store, { userKey: 'c1', lang: 'fr', phase: 'exception-only', reason: 'exception' }, 10, 10 * MIN + 250, 60 * MIN);
  await seedCase(store, { userKey: 'c2', lang: 'en', phase: 'exception-only', reason: 'asked' }, 20, 20 * MIN, 120 * MIN);
  await seedCase(store, { userKey: 'c3', lang: 'en', phase: 'retired', reason: 'not-helped' }, DAY, 30 * MIN, 180 * MIN);
  await seedCase(store, { userKey: 'c4', lang: 'de', phase: 'retired', reason: 'asked' }, DAY + 5, 40 * MIN, 240 * MIN);
  await seedCase(store, { userKey: 'c5', lang: 'en', phase: 'retired', reason: 'asked' }, DAY + 6, 100 * MIN);
  // Opened before the period (claimed within it): counted nowhere.
  await seedCase(store, { userKey: 'c6', lang: 'en', phase: 'retired', reason: 'asked' }, -DAY, DAY * MIN);
}

export function reportsContract(stores: Stores): void {
  it('computes the figures of a period from known events, identically on every database', async () => {
    const store = await stores.open();
    await seedKnownWeek(store);
    const insight = await store.reports.insight(PERIOD);
    expect(insight.totals).toEqual({
      messages: 6, answers: 5, people: 4, peopleWithCase: 2, deflected: 2, deflectionRate: 0.5,
      helped: 2, notHelped: 1, casesOpened: 5,
      casesByReason: { exception: 1, asked: 3, 'not-helped': 1 },
      // Nearest rank: the median of 5 is the 3rd value, the 90th percentile the 5th; of 4, the 2nd and the 4th.
      timeToClaim: { count: 5, medianMs: 30 * MIN, p90Ms: 100 * MIN },
      timeToResolve: { count: 4, medianMs: 120 * MIN, p90Ms: 240 * MIN },
    });
    expect(insight.daily).toEqual([
      { day: '2025-07-14', messages: 3, answers: 2, helped: 1, notHelped: 1, casesOpened: 2 },
      { day: '2025-07-15', messages: 3, answers: 3, helped: 1, notHelped: 0, casesOpened: 3 },
    ]);
    const byLang = Object.fromEntries(insight.byLang.map((g) => [g.key, g]));
    expect(insight.byLang.map((g) => g.key)).toEqual(['en', 'fr', 'de']);
    expect(byLang.en).toMatchObject({ messages: 3, answers: 3, people: 2, peopleWithCase: 0, deflectionRate: 1, helped: 2, notHelped: 0, casesOpened: 3 });
    expect(byLang.en!.timeToClaim).toEqual({ count: 3, medianMs: 30 * MIN, p90Ms: 100 * MIN });
    expect(byLang.fr).toMatchObject({ messages: 2, answers: 1, people: 1, peopleWithCase: 1, deflectionRate: 0, notHelped: 1, casesOpened: 1 });
    // To the minute: claimed 10 minutes and 250 ms after opening counts as 10 minutes.
    expect(byLang.fr!.timeToClaim).toEqual({ count: 1, medianMs: 10 * MIN, p90Ms: 10 * MIN });
    // A person is counted once in each language they asked in (u2: English and German).
    expect(byLang.de).toMatchObject({ messages: 1, answers: 1, people: 2, peopleWithCase: 1, deflectionRate: 0.5, casesOpened: 1 });
    const byPhase = Object.fromEntries(insight.byPhase.map((g) => [g.key, g]));
    expect(byPhase['exception-only']).toMatchObject({ messages: 3, answers: 2, people: 2, peopleWithCase: 1, deflectionRate: 0.5, helped: 1, notHelped: 1, casesOpened: 2 });
    expect(byPhase['exception-only']!.timeToResolve).toEqual({ count: 2, medianMs: 60 * MIN, p90Ms: 120 * MIN });
    expect(byPhase.retired).toMatchObject({ messages: 3, answers: 3, people: 3, peopleWithCase: 1, deflectionRate: 2 / 3, helped: 1, casesOpened: 3 });
  });

  it('gives zeros, not errors, for a period where nothing happened', async () => {
    const store = await stores.open();
    await seedKnownWeek(store);
    const insight = await store.reports.insight({ from: '2024-01-01T00:00:00.000Z', to: '2024-01-03T00:00:00.000Z' });
    expect(insight.totals).toMatchObject({ messages: 0, people: 0, deflectionRate: null, casesOpened: 0, timeToClaim: { count: 0, medianMs: null, p90Ms: null } });
    expect(insight.daily.map((d) => d.day)).toEqual(['2024-01-01', '2024-01-02']);
    expect(insight.byLang).toEqual([]);
  });

  it('counts only the first claim and the first resolution of a case', async () => {
    const store = await stores.open();
    const item = await seedCase(store, { reason: 'asked' }, 0, 5 * MIN, 10 * MIN);
    const reopened = changed(item, { state: 'open' }, 20);
    await store.commit({ dedupeKey: key(), updateCases: [reopened], events: [event(item.id, 'reopened', 20), event(item.id, 'claimed', 30), event(item.id, 'resolved', 40)] });
    const { totals } = await store.reports.insight(PERIOD);
    expect(totals.timeToClaim).toEqual({ count: 1, medianMs: 5 * MIN, p90Ms: 5 * MIN });
    expect(totals.timeToResolve).toEqual({ count: 1, medianMs: 10 * MIN, p90Ms: 10 * MIN });
  });

  it('lists active cases oldest first, with their reminders and last reopening', async () => {
    const store = await stores.open();
    const older = await seedCase(store, { userKey: 'q1' }, 0);
    const claimed = await seedCase(store, { userKey: 'q2' }, 5, MIN);
    await seedCase(store, { userKey: 'q3' }, 1, MIN, 2 * MIN); // resolved: not in the queue
    await store.commit({ dedupeKey: key(), events: [event(older.id, 'reminded', 30, '1'), event(older.id, 'reminded', 60, '2'), event(older.id, 'reopened', 45)] });
    const queue = await store.reports.queue(10);
    expect(queue.map((q) => q.case.id)).toEqual([older.id, claimed.id]);
    expect(queue[0]).toMatchObject({ reminders: 2, lastRemindedAt: at(60), lastReopenedAt: at(45) });
    expect(queue[0]!.case).toEqual(older);
    expect(queue[1]).toEqual({ case: { ...claimed, state: 'open' }, reminders: 0 });
    expect(await store.reports.queue(1)).toHaveLength(1);
  });

  it('searches cases by reference, user, words, state, language and opening date, newest first', async () => {
    const store = await stores.open();
    const ana = await seedCase(store, { userKey: 's1', ref: 'WF-1042', user: { id: '29:a', name: 'Ana Souza', email: 'ana@contoso.example' }, userWords: ['ÉCHEC de connexion à Outlook'], lang: 'fr' }, 0);
    const bo = await seedCase(store, { userKey: 's2', ref: 'WF-1043', user: { id: '29:b', name: 'Bo Berg' }, userWords: ['100% broken_again'], lang: 'en' }, 10, MIN, 2 * MIN);
    const cy = await seedCase(store, { userKey: 's3', ref: 'WF-2042', user: { id: '29:c', name: 'Cy Ng' }, userWords: ['token error'], lang: 'en' }, DAY);
    const ids = async (query: Parameters<Store['reports']['searchCases']>[0]) => (await store.reports.searchCases(query)).map((f) => f.case.id);
    expect(await ids({ limit: 10 })).toEqual([cy.id, bo.id, ana.id]);
    expect(await ids({ ref: '042', limit: 10 })).toEqual([cy.id, ana.id]);
    expect(await ids({ ref: 'wf-1042', limit: 10 })).toEqual([ana.id]);
    expect(await ids({ user: 'SOUZA', limit: 10 })).toEqual([ana.id]);
    expect(await ids({ user: 'contoso.example', limit: 10 })).toEqual([ana.id]);
    expect(await ids({ user: 's2', limit: 10 })).toEqual([bo.id]);
    // Case-insensitive beyond ASCII, the same on both databases.
    expect(await ids({ words: 'échec', limit: 10 })).toEqual([ana.id]);
    // LIKE's wildcards in the query are plain characters.
    expect(await ids({ words: '%', limit: 10 })).toEqual([bo.id]);
    expect(await ids({ words: 'token_error', limit: 10 })).toEqual([]); // '_' would match the space of 'token error'
    expect(await ids({ words: 'n_again', limit: 10 })).toEqual([bo.id]);
    expect(await ids({ states: ['resolved'], limit: 10 })).toEqual([bo.id]);
    expect(await ids({ states: ['waiting', 'open'], lang: 'en', limit: 10 })).toEqual([cy.id]);
    expect(await ids({ openedFrom: at(5), openedTo: at(DAY), limit: 10 })).toEqual([bo.id]);
    expect(await ids({ limit: 2, offset: 1 })).toEqual([bo.id, ana.id]);
    const [found] = await store.reports.searchCases({ ref: 'WF-1043', limit: 1 });
    expect(found).toEqual({ case: bo, claimedAt: at(11), resolvedAt: at(12) });
  });

  it('keeps the search text up to date when a case changes', async () => {
    const store = await stores.open();
    const item = await seedCase(store, { userKey: 'w1', userWords: ['first'] }, 0);
    await store.commit({ dedupeKey: key(), updateCases: [changed(item, { userWords: ['first', 'Second Message'] })] });
    expect((await store.reports.searchCases({ words: 'second', limit: 5 })).map((f) => f.case.id)).toEqual([item.id]);
  });

  it('lists what the outbox holds for a case, in commit order, with delivery times', async () => {
    const store = await stores.open();
    const item = await seedCase(store, {}, 0);
    await store.commit({ dedupeKey: key(), outbox: [
      { kind: 'post-case-card', caseId: item.id, payload: {} },
      { kind: 'notify-user', caseId: item.id, payload: { notice: 'text', key: 'case.opened', vars: { ref: item.ref } } },
    ] });
    await store.commit({ dedupeKey: key(), outbox: [{ kind: 'remind-agents', caseId: item.id, payload: { n: 1 } }] });
    const [first] = await store.leaseOutbox(new Date(Date.now() + 60_000), 1, 1000);
    await store.markDelivered(first!.id, new Date('2025-07-14T09:01:00.000Z'));
    const messages = await store.reports.caseMessages(item.id);
    expect(messages.map((m) => [m.kind, m.payload, m.deliveredAt])).toEqual([
      ['post-case-card', {}, '2025-07-14T09:01:00.000Z'],
      ['notify-user', { notice: 'text', key: 'case.opened', vars: { ref: item.ref } }, undefined],
      ['remind-agents', { n: 1 }, undefined],
    ]);
    expect(await store.reports.caseMessages('other')).toEqual([]);
  });
}
