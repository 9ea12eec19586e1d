import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock, aCase, openTempStore, type TempStore } from '../handoff/testing/fixtures';
import { ReminderScheduler } from './scheduler';

const MIN = 60_000;
const CARD = { conversationId: '19:support', activityId: 'card-1', serviceUrl: 'https://smba.example.test/' };
const log = pino({ level: 'silent' });

describe('ReminderScheduler', () => {
  let clock: ManualClock;
  let temp: TempStore;
  beforeEach(async () => {
    clock = new ManualClock('2025-08-01T09:00:00.000Z');
    temp = await openTempStore(clock.now);
    const posted = aCase({ id: 'posted', ref: 'WF-0001', userKey: 'u1', openedAt: clock.now().toISOString(), card: CARD });
    const notPosted = aCase({ id: 'not-posted', ref: 'WF-0002', userKey: 'u2', state: 'waiting', openedAt: clock.now().toISOString() });
    expect(await temp.store.commit({ dedupeKey: 'seed', insertCases: [posted, notPosted] })).toEqual({ ok: true });
  });
  afterEach(() => temp.dispose());

  it('commits each due reminder once, as an event and an outbox message, up to three', async () => {
    let kicks = 0;
    const scheduler = new ReminderScheduler(temp.store, clock.now, log, { afterMs: 30 * MIN, onCommitted: () => (kicks += 1) });
    expect(await scheduler.check()).toBe(0);
    for (let round = 1; round <= 4; round += 1) {
      clock.advance(30 * MIN);
      expect(await scheduler.check()).toBe(round <= 3 ? 1 : 0);
      expect(await scheduler.check()).toBe(0); // checked again at once: nothing new
    }
    const events = await temp.store.listEvents('posted');
    expect(events.map((e) => [e.type, e.detail, e.actor.role])).toEqual([['reminded', '1', 'bot'], ['reminded', '2', 'bot'], ['reminded', '3', 'bot']]);
    const messages = await temp.store.reports.caseMessages('posted');
    expect(messages.map((m) => [m.kind, m.payload])).toEqual([['remind-agents', { n: 1 }], ['remind-agents', { n: 2 }], ['remind-agents', { n: 3 }]]);
    expect(await temp.store.reports.caseMessages('not-posted')).toEqual([]);
    expect(kicks).toBe(3);
  });

  it('lets exactly one of two instances checking at once commit a reminder', async () => {
    const a = new ReminderScheduler(temp.store, clock.now, log, { afterMs: 30 * MIN });
    const b = new ReminderScheduler(temp.store, clock.now, log, { afterMs: 30 * MIN });
    clock.advance(31 * MIN);
    const counts = await Promise.all([a.check(), b.check()]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(await temp.store.reports.caseMessages('posted')).toHaveLength(1);
  });
});
