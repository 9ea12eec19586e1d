import type { OutboxStats, Store } from '../storage/types';

/** What /readyz reports: whether this instance should be sent traffic, and why not. */
export interface Readiness {
  ready: boolean;
  /** The instance is shutting down: it finishes what it has and takes nothing new. */
  draining: boolean;
  store: 'ok' | 'unreachable';
  migrations?: { applied: number; expected: number };
  outbox?: OutboxStats;
}

/**
 * Ready = not draining, the store answers, and its schema is the one this code expects (an instance
 * started against a database another, newer instance migrated, or one still migrating, is not).
 * The outbox figures are for operators: a growing backlog or failed items mean case cards or notices
 * are not reaching Teams, which readiness alone would not show.
 */
export async function readiness(store: Pick<Store, 'schemaVersion' | 'outboxStats'>, draining: boolean): Promise<Readiness> {
  try {
    const [migrations, outbox] = await Promise.all([store.schemaVersion(), store.outboxStats()]);
    const ready = !draining && migrations.applied === migrations.expected;
    return { ready, draining, store: 'ok', migrations, outbox };
  } catch {
    return { ready: false, draining, store: 'unreachable' };
  }
}
