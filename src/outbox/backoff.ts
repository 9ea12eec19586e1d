/**
 * Delay before the next delivery attempt: exponential from 1 s, capped at 5 minutes, with jitter so
 * that several instances retrying after one connector outage do not hammer it in step.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(300_000, 1000 * 2 ** Math.max(0, attempts));
  return Math.round(base * (0.8 + 0.4 * random()));
}
