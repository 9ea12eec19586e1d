import type { Logger } from '../logging/logger';
import type { Store } from '../storage/types';
import { dueReminder } from './schedule';

export interface ReminderOptions {
  /** How long a case may wait unclaimed before a reminder (and between reminders). */
  afterMs: number;
  /** How often the queue is checked; by default a sixth of afterMs, between 1 s and 1 min. */
  everyMs?: number;
  /** Called when reminders were committed (kicks the outbox). */
  onCommitted?: () => void;
}

/** The most active cases one check looks at. */
const QUEUE_LIMIT = 1000;
const BOT_ACTOR = { id: 'bot', name: 'Support Bot', role: 'bot' } as const;

/**
 * Commits a reminder (an event and an outbox message) for each case waiting unclaimed too long.
 * The dedupe key names the case and the reminder's number, so when two instances check at once,
 * exactly one commits it; delivery goes through the outbox like every other message.
 */
export class ReminderScheduler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private readonly everyMs: number;

  constructor(
    private readonly store: Store,
    private readonly clock: () => Date,
    private readonly log: Logger,
    private readonly options: ReminderOptions,
  ) {
    this.everyMs = options.everyMs ?? Math.min(60_000, Math.max(1_000, Math.round(options.afterMs / 6)));
  }

  start(): void {
    this.timer = setInterval(() => {
      if (this.running) return; // a slow check is not overtaken by the next
      this.running = this.check()
        .catch((error: unknown) => this.log.error({ err: error }, 'reminder check failed'))
        .finally(() => (this.running = undefined));
    }, this.everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Commits the reminders due now; returns how many this instance committed. */
  async check(): Promise<number> {
    const now = this.clock();
    let committed = 0;
    for (const entry of await this.store.reports.queue(QUEUE_LIMIT)) {
      const n = dueReminder(entry, now, this.options.afterMs);
      if (n === undefined) continue;
      const caseId = entry.case.id;
      const result = await this.store.commit({
        dedupeKey: `remind:${caseId}:${n}`,
        events: [{ caseId, at: now.toISOString(), type: 'reminded', actor: BOT_ACTOR, detail: String(n) }],
        outbox: [{ kind: 'remind-agents', caseId, payload: { n } }],
      });
      if (result.ok) {
        committed += 1;
        this.log.info({ caseId, ref: entry.case.ref, reminder: n }, 'case reminder committed');
      }
    }
    if (committed > 0) this.options.onCommitted?.();
    return committed;
  }
}
