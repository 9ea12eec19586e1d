import type { Phase } from './types';

/** Last day (UTC, inclusive, YYYY-MM-DD) of the first two phases; `retired` follows. */
export interface Timeline {
  selfServiceUntil: string;
  exceptionOnlyUntil: string;
}

/** Which phase `now` falls in. Boundaries are whole UTC calendar days. Throws RangeError on an invalid date. */
export function phaseAt(timeline: Timeline, now: Date): Phase {
  const day = now.toISOString().slice(0, 10);
  if (day <= timeline.selfServiceUntil) return 'self-service';
  if (day <= timeline.exceptionOnlyUntil) return 'exception-only';
  return 'retired';
}

/** Midnight UTC of a YYYY-MM-DD day, optionally shifted by whole days. */
export function utcDay(day: string, plusDays = 0): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? NaN, (m ?? NaN) - 1, (d ?? NaN) + plusDays));
}
