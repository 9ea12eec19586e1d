import { describe, expect, it } from 'vitest';
import { readiness } from './readiness';

const outbox = { pending: 2, failed: 1, oldestPendingAt: '2025-08-01T09:00:00.000Z' };
const store = (applied: number, expected = 3) => ({
  schemaVersion: async () => ({ applied, expected }),
  outboxStats: async () => outbox,
});

describe('readiness', () => {
  it('is ready when the store answers at the expected schema version, with the outbox figures', async () => {
    expect(await readiness(store(3), false)).toEqual({ ready: true, draining: false, store: 'ok', migrations: { applied: 3, expected: 3 }, outbox });
  });

  it('is not ready while draining, or at another schema version', async () => {
    expect((await readiness(store(3), true)).ready).toBe(false);
    expect((await readiness(store(2), false)).ready).toBe(false);
    expect((await readiness(store(4), false)).ready).toBe(false);
  });

  it('is not ready when the store does not answer', async () => {
    const down = { schemaVersion: async () => Promise.reject(new Error('ECONNREFUSED')), outboxStats: async () => outbox };
    expect(await readiness(down, false)).toEqual({ ready: false, draining: false, store: 'unreachable' });
  });
});
