import type { CaseState } from '../handoff/types';
import type { QueueEntry } from '../reports/types';

/** A case gets at most this many reminders in its thread. */
export const MAX_REMINDERS = 3;

/** Nobody holds the case: it waits for an agent (posted or not). */
export function isUnclaimed(state: CaseState): boolean {
  return state === 'waiting' || state === 'open';
}

/** When the case last started waiting for an agent: opened, or reopened. */
export function waitingSince(entry: QueueEntry): string {
  const reopened = entry.lastReopenedAt;
  return reopened && reopened > entry.case.openedAt ? reopened : entry.case.openedAt;
}

/** Unclaimed for at least the reminder interval: the queue shows it as overdue. */
export function isOverdue(entry: QueueEntry, now: Date, afterMs: number): boolean {
  return isUnclaimed(entry.case.state) && now.getTime() - Date.parse(waitingSince(entry)) >= afterMs;
}

/**
 * The number (1..MAX_REMINDERS) of the reminder due now, if one is. The first is due `afterMs`
 * after the case started waiting, each next one `afterMs` after the previous; only for a case whose
 * card is in the channel (the reminder replies in its thread) and that nobody has claimed.
 */
export function dueReminder(entry: QueueEntry, now: Date, afterMs: number): number | undefined {
  if (!entry.case.card || !isUnclaimed(entry.case.state) || entry.reminders >= MAX_REMINDERS) return undefined;
  const since = waitingSince(entry);
  const last = entry.lastRemindedAt && entry.lastRemindedAt > since ? entry.lastRemindedAt : since;
  return now.getTime() - Date.parse(last) >= afterMs ? entry.reminders + 1 : undefined;
}
