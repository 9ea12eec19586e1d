import type { Logger } from '../logging/logger';
import type { OutboxItem, Store } from '../storage/types';
import { trace } from '@opentelemetry/api';
import { NO_TELEMETRY, type Telemetry } from '../telemetry/telemetry';
import { retryDelayMs, shouldGiveUp } from './backoff';

const tracer = trace.getTracer('workfront-outlook-support');

/** Result of one delivery attempt. `wait`: not deliverable yet (e.g. no support channel), retry later without counting. */
export type DeliveryOutcome = { status: 'delivered' } | { status: 'wait'; retryInMs: number };

export type Deliver = (item: OutboxItem) => Promise<DeliveryOutcome>;

export interface OutboxWorkerOptions {
  pollMs?: number;
  leaseMs?: number;
  batch?: number;
  /** A delivery that has not answered by then counts as failed (the connector client has no timeout of its own). */
  deliveryTimeoutMs?: number;
  telemetry?: Telemetry;
}

/**
 * Drains the outbox: delivers due items, retries failures with backoff until they go through.
 * Runs on a timer (so items written by another instance, or left by a crashed one, are picked up)
 * and is kicked right after a commit so users are not kept waiting for the next poll.
 */
export class OutboxWorker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly batch: number;
  private readonly deliveryTimeoutMs: number;

  private readonly telemetry: Telemetry;

  constructor(
    private readonly store: Store,
    private readonly deliver: Deliver,
    private readonly log: Logger,
    private readonly clock: () => Date = () => new Date(),
    options: OutboxWorkerOptions = {},
  ) {
    this.telemetry = options.telemetry ?? NO_TELEMETRY;
    this.pollMs = options.pollMs ?? 1000;
    // Longer than one delivery with the connector client's own retries; a crashed instance's items wait this long.
    this.leaseMs = options.leaseMs ?? 15_000;
    this.batch = options.batch ?? 20;
    // Shorter than the lease, so a hung request never lets another instance send the same item meanwhile.
    this.deliveryTimeoutMs = options.deliveryTimeoutMs ?? Math.floor(this.leaseMs * 0.66);
  }

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  /** Asks for a drain now; drains that are asked for while one runs are merged into one more pass. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drainAll().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Waits for the current pass; used by graceful shutdown and tests. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.idle();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.kick();
      this.schedule();
    }, this.pollMs);
    this.timer.unref();
  }

  private async drainAll(): Promise<void> {
    try {
      while (!this.stopped) {
        const items = await this.store.leaseOutbox(this.clock(), this.batch, this.leaseMs);
        if (!items.length) return;
        await Promise.all([...streamsOf(items).values()].map((stream) => this.deliverInOrder(stream)));
        if (items.length < this.batch) return;
      }
    } catch (error) {
      this.log.error({ err: error }, 'outbox drain failed; will retry on the next poll');
    }
  }

  /** Delivers one stream's items in order; after a failure the rest wait, so a user never reads "resolved" before "claimed". */
  private async deliverInOrder(stream: OutboxItem[]): Promise<void> {
    for (const [index, item] of stream.entries()) {
      if (this.stopped) {
        // Shutting down: what was leased but not started goes back now, for whoever runs next.
        for (const rest of stream.slice(index)) await this.store.release(rest.id, this.clock());
        return;
      }
      if (!(await this.deliverOne(item))) {
        const later = new Date(this.clock().getTime() + 1000);
        for (const rest of stream.slice(index + 1)) await this.store.release(rest.id, later);
        return;
      }
    }
  }

  /** One attempt, traced as a span of its own (the connector call nests in it when tracing is on). */
  private deliverOne(item: OutboxItem): Promise<boolean> {
    return tracer.startActiveSpan('outbox.deliver', { attributes: { 'wfsupport.outbox.kind': item.kind, 'wfsupport.outbox.attempt': item.attempts + 1 } }, async (span) => {
      try {
        const result = await this.attempt(item);
        span.setAttribute('wfsupport.outbox.result', result);
        this.telemetry.delivery(item.kind, result);
        return result === 'delivered' || result === 'given-up';
      } finally {
        span.end();
      }
    });
  }

  private async attempt(item: OutboxItem): Promise<'delivered' | 'wait' | 'retry' | 'given-up'> {
    const now = this.clock();
    try {
      const outcome = await withTimeout(this.deliver(item), this.deliveryTimeoutMs);
      if (outcome.status === 'delivered') {
        await this.store.markDelivered(item.id, now);
        this.log.info({ outboxId: item.id, kind: item.kind, caseId: item.caseId, attempts: item.attempts + 1 }, 'outbox item delivered');
        return 'delivered';
      }
      await this.store.release(item.id, new Date(now.getTime() + outcome.retryInMs));
      return 'wait';
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const facts = { outboxId: item.id, kind: item.kind, caseId: item.caseId, attempts: item.attempts + 1, error: message };
      if (shouldGiveUp(item, error, now)) {
        // The case itself is kept; what could not be sent is kept too, marked failed, for an operator to see.
        this.log.error({ ...facts, createdAt: item.createdAt }, 'outbox item undeliverable: gave up after its retries');
        await this.store.markGivenUp(item.id, message, now);
        return 'given-up'; // the rest of its stream goes on: this item will never go out
      }
      const delay = retryDelayMs(item.attempts);
      this.log.warn({ ...facts, retryInMs: delay }, 'outbox delivery failed');
      await this.store.markFailed(item.id, message, new Date(now.getTime() + delay));
      return 'retry';
    }
  }
}

/**
 * Splits a batch into independent streams: per case, what goes to the support channel and what goes
 * to the user. Within a stream order matters; across streams items go out in parallel.
 */
function streamsOf(items: OutboxItem[]): Map<string, OutboxItem[]> {
  const streams = new Map<string, OutboxItem[]>();
  for (const item of items) {
    const key = `${item.caseId}/${item.kind === 'notify-user' ? 'user' : 'channel'}`;
    streams.set(key, [...(streams.get(key) ?? []), item]);
  }
  return streams;
}

/** Rejects when `work` has not settled within `ms`; a stuck request must not stall the whole outbox. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`delivery timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
