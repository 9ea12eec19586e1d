import { describe, expect, it } from 'vitest';
import { GIVE_UP_AFTER_MS, retryDelayMs, shouldGiveUp } from './backoff';

const middle = () => 0.5; // no jitter: 0.8 + 0.4 * 0.5 = 1

describe('retryDelayMs', () => {
  it('doubles from one second with each attempt', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => retryDelayMs(n, middle))).toEqual([1000, 2000, 4000, 8000, 16000, 32000]);
  });

  it('is capped at five minutes, however many attempts failed', () => {
    expect(retryDelayMs(8, middle)).toBe(256_000);
    expect(retryDelayMs(9, middle)).toBe(300_000);
    expect(retryDelayMs(50, middle)).toBe(300_000);
    expect(retryDelayMs(5000, middle)).toBe(300_000);
  });

  it('treats a negative count as the first attempt', () => {
    expect(retryDelayMs(-3, middle)).toBe(1000);
  });

  it('jitters within -20% .. +20% of the base delay', () => {
    expect(retryDelayMs(3, () => 0)).toBe(6400);
    expect(retryDelayMs(3, () => 0.999999)).toBe(9600);
    expect(retryDelayMs(20, () => 0)).toBe(240_000);
    expect(retryDelayMs(20, () => 0.999999)).toBe(360_000);
    for (let i = 0; i < 500; i++) {
      const delay = retryDelayMs(i % 12);
      const base = Math.min(300_000, 1000 * 2 ** (i % 12));
      expect(delay).toBeGreaterThanOrEqual(base * 0.8);
      expect(delay).toBeLessThanOrEqual(base * 1.2);
    }
  });

  it('spreads instances that failed at the same attempt', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(4)));
    expect(delays.size).toBeGreaterThan(10);
  });
});

describe('shouldGiveUp', () => {
  const now = new Date('2025-08-02T09:00:00.000Z');
  const written = (msAgo: number, attempts = 0) => ({ attempts, createdAt: new Date(now.getTime() - msAgo).toISOString() });

  it('keeps trying an unreachable or refusing connector for a day, then stops', () => {
    for (const error of [new Error('ECONNREFUSED'), Object.assign(new Error('blocked'), { statusCode: 403 }), Object.assign(new Error('busy'), { statusCode: 503 })]) {
      expect(shouldGiveUp(written(GIVE_UP_AFTER_MS - 1, 200), error, now)).toBe(false);
      expect(shouldGiveUp(written(GIVE_UP_AFTER_MS, 200), error, now)).toBe(true);
    }
  });

  it('stops after three tries when the connector calls the request itself malformed', () => {
    const malformed = Object.assign(new Error('Bad Request'), { statusCode: 400 });
    expect(shouldGiveUp(written(1000, 0), malformed, now)).toBe(false);
    expect(shouldGiveUp(written(1000, 1), malformed, now)).toBe(false);
    expect(shouldGiveUp(written(1000, 2), malformed, now)).toBe(true);
    expect(shouldGiveUp(written(1000, 2), Object.assign(new Error('too large'), { statusCode: 413 }), now)).toBe(true);
  });
});
