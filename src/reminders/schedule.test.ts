import { describe, expect, it } from 'vitest';
import { aCase } from '../handoff/testing/fixtures';
import type { QueueEntry } from '../reports/types';
import { MAX_REMINDERS, dueReminder, isOverdue, waitingSince } from './schedule';

const OPENED = '2025-08-01T09:00:00.000Z';
const MIN = 60_000;
const AFTER = 30 * MIN;
const CARD = { conversationId: '19:support', activityId: 'card-1', serviceUrl: 'https://smba.example.test/' };
const minutesAfter = (minutes: number): Date => new Date(Date.parse(OPENED) + minutes * MIN);
const iso = (minutes: number): string => minutesAfter(minutes).toISOString();

function entry(overrides: Partial<QueueEntry> = {}, caseFields: Parameters<typeof aCase>[0] = {}): QueueEntry {
  return { case: aCase({ openedAt: OPENED, state: 'open', card: CARD, ...caseFields }), reminders: 0, ...overrides };
}

describe('dueReminder', () => {
  it('is due once the case has waited the interval, not before', () => {
    expect(dueReminder(entry(), minutesAfter(29.9), AFTER)).toBeUndefined();
    expect(dueReminder(entry(), minutesAfter(30), AFTER)).toBe(1);
  });

  it('comes again the same time after the previous reminder, three times at most', () => {
    const once = entry({ reminders: 1, lastRemindedAt: iso(31) });
    expect(dueReminder(once, minutesAfter(60), AFTER)).toBeUndefined();
    expect(dueReminder(once, minutesAfter(61), AFTER)).toBe(2);
    expect(dueReminder(entry({ reminders: 2, lastRemindedAt: iso(61) }), minutesAfter(91), AFTER)).toBe(3);
    expect(dueReminder(entry({ reminders: MAX_REMINDERS, lastRemindedAt: iso(91) }), minutesAfter(500), AFTER)).toBeUndefined();
  });

  it('is never due for a case someone holds, a closed case, or one whose card is not in the channel yet', () => {
    for (const state of ['claimed', 'resolved', 'cancelled'] as const) {
      expect(dueReminder(entry({}, { state }), minutesAfter(120), AFTER)).toBeUndefined();
    }
    expect(dueReminder(entry({}, { state: 'waiting', card: undefined }), minutesAfter(120), AFTER)).toBeUndefined();
    expect(dueReminder(entry({}, { state: 'waiting' }), minutesAfter(120), AFTER)).toBe(1);
  });

  it('counts from the reopening of a reopened case', () => {
    const reopened = entry({ reminders: 1, lastRemindedAt: iso(30), lastReopenedAt: iso(200) });
    expect(waitingSince(reopened)).toBe(iso(200));
    expect(dueReminder(reopened, minutesAfter(229), AFTER)).toBeUndefined();
    expect(dueReminder(reopened, minutesAfter(230), AFTER)).toBe(2);
  });
});

describe('isOverdue', () => {
  it('flags unclaimed cases that waited the interval, posted or not', () => {
    expect(isOverdue(entry(), minutesAfter(29), AFTER)).toBe(false);
    expect(isOverdue(entry(), minutesAfter(30), AFTER)).toBe(true);
    expect(isOverdue(entry({}, { state: 'waiting', card: undefined }), minutesAfter(45), AFTER)).toBe(true);
    expect(isOverdue(entry({}, { state: 'claimed' }), minutesAfter(300), AFTER)).toBe(false);
  });
});
