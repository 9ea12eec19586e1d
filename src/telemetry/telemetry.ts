import { metrics, type Meter } from '@opentelemetry/api';
import type { OutboxStats } from '../storage/types';

/**
 * What the bot measures, in its own words. Names, never message text: attributes are decisions,
 * languages, phases, reasons and outbox kinds. Without a configured exporter the OpenTelemetry API
 * hands out no-op instruments, so calling these costs next to nothing.
 */
export interface Telemetry {
  /** A message handled, by what the bot decided, in which language and where. */
  message(decision: string, lang: string, conversationType: string): void;
  answerCard(lang: string, phase: string): void;
  caseOpened(reason: string): void;
  /** A case claimed, and how long it waited for an agent. */
  caseClaimed(waitedMs: number): void;
  caseResolved(): void;
  /** One outbox delivery attempt and how it ended. */
  delivery(kind: string, result: 'delivered' | 'retry' | 'wait' | 'given-up'): void;
  /** How long the bot took over one incoming activity (HTTP in to HTTP out). */
  turn(activityType: string, ms: number): void;
  storeError(operation: string): void;
  /** Reports the outbox backlog whenever metrics are collected. */
  watchOutbox(stats: () => Promise<OutboxStats>, clock: () => Date): void;
}

export const METER_NAME = 'workfront-outlook-support';

export function createTelemetry(meter: Meter = metrics.getMeter(METER_NAME)): Telemetry {
  const messages = meter.createCounter('wfsupport.messages', { description: 'Messages handled, by decision and language' });
  const answerCards = meter.createCounter('wfsupport.answer_cards', { description: 'Answer cards sent' });
  const opened = meter.createCounter('wfsupport.cases.opened', { description: 'Cases opened, by reason' });
  const claimed = meter.createCounter('wfsupport.cases.claimed', { description: 'Cases claimed by an agent' });
  const resolved = meter.createCounter('wfsupport.cases.resolved', { description: 'Cases resolved' });
  const timeToClaim = meter.createHistogram('wfsupport.cases.time_to_claim', {
    description: 'Time a case waited for an agent',
    unit: 's',
    advice: { explicitBucketBoundaries: [60, 300, 900, 1800, 3600, 7200, 14_400, 28_800, 86_400, 259_200] },
  });
  const deliveries = meter.createCounter('wfsupport.outbox.deliveries', { description: 'Outbox delivery attempts, by kind and result' });
  const turns = meter.createHistogram('wfsupport.turn.duration', {
    description: 'Time to handle one incoming activity',
    unit: 'ms',
    advice: { explicitBucketBoundaries: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] },
  });
  const storeErrors = meter.createCounter('wfsupport.store.errors', { description: 'Storage operations that failed' });
  return {
    message: (decision, lang, conversationType) => messages.add(1, { decision, lang, conversation_type: conversationType }),
    answerCard: (lang, phase) => answerCards.add(1, { lang, phase }),
    caseOpened: (reason) => opened.add(1, { reason }),
    caseClaimed: (waitedMs) => {
      claimed.add(1);
      timeToClaim.record(waitedMs / 1000);
    },
    caseResolved: () => resolved.add(1),
    delivery: (kind, result) => deliveries.add(1, { kind, result }),
    turn: (activityType, ms) => turns.record(ms, { activity_type: activityType }),
    storeError: (operation) => storeErrors.add(1, { operation }),
    watchOutbox: (stats, clock) => watchOutbox(meter, stats, clock),
  };
}

function watchOutbox(meter: Meter, stats: () => Promise<OutboxStats>, clock: () => Date): void {
  const pending = meter.createObservableGauge('wfsupport.outbox.pending', { description: 'Outbox items not delivered yet' });
  const failed = meter.createObservableGauge('wfsupport.outbox.failed', { description: 'Outbox items given up on' });
  const oldest = meter.createObservableGauge('wfsupport.outbox.oldest_pending_age', { description: 'Age of the oldest pending outbox item', unit: 's' });
  meter.addBatchObservableCallback(async (result) => {
    const now = await stats().catch(() => undefined);
    if (!now) return; // the store error is counted where it happened
    result.observe(pending, now.pending);
    result.observe(failed, now.failed);
    result.observe(oldest, now.oldestPendingAt ? Math.max(0, (clock().getTime() - Date.parse(now.oldestPendingAt)) / 1000) : 0);
  }, [pending, failed, oldest]);
}

/** The no-op telemetry tests and tools use when they do not look at it. */
export const NO_TELEMETRY: Telemetry = createTelemetry(metrics.getMeter('none'));
