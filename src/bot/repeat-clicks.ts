import { createHash } from 'node:crypto';

/**
 * Answers a click that repeats one just handled (same person, same button, same card, same data) with
 * what the first one got, without doing it again: a double click, or fifty, on "Talk to a person" must
 * not send fifty "added to your case" notices and update the agents' card fifty times.
 * Kept in memory, bounded like the rate limiter; concurrent repeats wait for the first one's answer.
 */
export class RecentClicks<T> {
  private readonly clicks = new Map<string, { at: number; answer: Promise<T> }>();

  constructor(
    private readonly windowMs: number = 30_000,
    private readonly clock: () => number = Date.now,
    private readonly maxTracked: number = 10_000,
  ) {}

  /** Handles the click, or returns the answer of the identical click handled within the window. */
  async once(click: ClickIdentity, handle: () => Promise<T>): Promise<{ answer: T; repeated: boolean }> {
    const key = keyOf(click);
    const now = this.clock();
    const seen = this.clicks.get(key);
    if (seen && now - seen.at < this.windowMs) return { answer: await seen.answer, repeated: true };
    this.evictIfFull(now);
    const answer = handle();
    this.clicks.set(key, { at: now, answer });
    // A click that failed was not handled: the next identical one must be tried for real.
    answer.catch(() => this.clicks.delete(key));
    return { answer: await answer, repeated: false };
  }

  private evictIfFull(now: number): void {
    if (this.clicks.size < this.maxTracked) return;
    for (const [key, click] of this.clicks) {
      if (now - click.at < this.windowMs && this.clicks.size <= this.maxTracked / 2) return;
      this.clicks.delete(key);
    }
  }
}

export interface ClickIdentity {
  userKey: string;
  verb: string;
  /** The message the clicked card is in. */
  cardId?: string;
  data: unknown;
}

function keyOf(click: ClickIdentity): string {
  return createHash('sha256').update(JSON.stringify([click.userKey, click.verb, click.cardId ?? '', click.data ?? null])).digest('base64url');
}
