import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff';

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
