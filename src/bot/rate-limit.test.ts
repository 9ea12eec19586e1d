import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('lets a user send up to the limit, refuses the rest, and tells them once', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.check('u').allowed)).toEqual([true, true, true]);
    expect(limiter.check('u')).toEqual({ allowed: false, notify: true });
    expect(limiter.check('u')).toEqual({ allowed: false, notify: false });
    now = 60_000;
    expect(limiter.check('u').allowed).toBe(true);
  });

  it('keeps users apart', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0);
    limiter.check('flooder');
    expect(limiter.check('flooder').allowed).toBe(false);
    expect(limiter.check('someone-else').allowed).toBe(true);
  });

  it('bounds the number of tracked users', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1000, () => now, 10);
    for (let i = 0; i < 10; i++) limiter.check(`u${i}`);
    now = 2000;
    limiter.check('new');
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBe(1);
  });

  it('when full of current windows, drops the oldest half and keeps limiting the newest users', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 60_000, () => now, 10);
    for (let i = 0; i < 9; i++) {
      now = i;
      limiter.check(`u${i}`);
    }
    limiter.check('flooder');
    expect(limiter.check('flooder').allowed).toBe(false);
    now = 100;
    limiter.check('newcomer');
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBe(6);
    expect(limiter.check('flooder').allowed).toBe(false);
    expect(limiter.check('u0').allowed).toBe(true); // its window was dropped: it starts over
  });
});
