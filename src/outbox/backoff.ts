/**
 * Delay before the next delivery attempt: exponential from 1 s, capped at 5 minutes, with jitter so
 * that several instances retrying after one connector outage do not hammer it in step.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(300_000, 1000 * 2 ** Math.max(0, attempts));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** An item still failing this long after it was written is given up on (a connector outage lasts hours, not a day). */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;
/** A request the connector refuses as malformed (400, 413) fails the same way every time: a few tries are enough. */
const ATTEMPTS_FOR_MALFORMED = 3;

/** Whether a delivery that just failed (for the item's `attempts + 1`-th time) should be the last try. */
export function shouldGiveUp(item: { attempts: number; createdAt: string }, error: unknown, now: Date): boolean {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  if (status === 400 || status === 413) return item.attempts + 1 >= ATTEMPTS_FOR_MALFORMED;
  return now.getTime() - Date.parse(item.createdAt) >= GIVE_UP_AFTER_MS;
}
