/**
 * Per-user fixed-window limiter. One user flooding the bot is slowed down; others are unaffected.
 * `check` says whether to process the message and, when not, whether this is the first refusal of
 * the window (the only one the user is told about, so the bot does not answer a flood with a flood).
 */
export type RateDecision = { allowed: true } | { allowed: false; notify: boolean };

interface Window {
  startedAt: number;
  count: number;
  notified: boolean;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number = 60_000,
    private readonly clock: () => number = Date.now,
    /**
     * Bounds memory when many users write within one window (each window is ~250 bytes): stale
     * windows are dropped first, then the oldest, down to half. Beyond this many users a minute,
     * the oldest windows restart, which only ever lets a message through.
     */
    private readonly maxTracked: number = 10_000,
  ) {}

  check(key: string): RateDecision {
    const now = this.clock();
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      this.evictIfFull(now);
      window = { startedAt: now, count: 0, notified: false };
      this.windows.delete(key); // re-inserted last: the map stays in order of window start
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.limit) return { allowed: true };
    const notify = !window.notified;
    window.notified = true;
    return { allowed: false, notify };
  }

  private evictIfFull(now: number): void {
    if (this.windows.size < this.maxTracked) return;
    for (const [key, window] of this.windows) {
      const stale = now - window.startedAt >= this.windowMs;
      if (!stale && this.windows.size <= this.maxTracked / 2) return;
      this.windows.delete(key);
    }
  }
}
