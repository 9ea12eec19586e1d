import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ManualClock, openTempStore, type TempStore } from '../handoff/testing/fixtures';
import { createLogger } from '../logging/logger';
import type { NewOutboxItem, OutboxItem, Store } from '../storage/types';
import { OutboxWorker, type Deliver, type DeliveryOutcome } from './worker';

const DELIVERED: DeliveryOutcome = { status: 'delivered' };
const silent = createLogger('silent');

/** A promise the test resolves by hand, to hold a delivery in flight. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

function notice(caseId: string, label: string): NewOutboxItem {
  return { kind: 'notify-user', caseId, payload: { notice: 'text', key: label } };
}
const labelOf = (item: OutboxItem): string => `${item.caseId}:${String(item.payload.key ?? item.kind)}`;

let clock: ManualClock;
let temp: TempStore;
let store: Store;
let commits = 0;
let worker: OutboxWorker | undefined;

async function enqueue(...items: NewOutboxItem[]): Promise<void> {
  commits += 1;
  const result = await store.commit({ dedupeKey: `enqueue-${commits}`, outbox: items });
  if (!result.ok) throw new Error(`enqueue failed: ${result.reason}`);
}

/** One pass, as after a commit. */
async function pass(w: OutboxWorker): Promise<void> {
  w.kick();
  await w.idle();
}

function makeWorker(deliver: Deliver, options: { pollMs?: number; batch?: number; deliveryTimeoutMs?: number } = {}): OutboxWorker {
  worker = new OutboxWorker(store, deliver, silent, clock.now, { pollMs: 60_000, ...options });
  return worker;
}

beforeEach(async () => {
  clock = new ManualClock('2025-08-01T09:00:00.000Z');
  temp = await openTempStore(clock.now);
  store = temp.store;
});
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  await temp.dispose();
});

describe('OutboxWorker', () => {
  it('delivers due items and marks them delivered', async () => {
    const seen: string[] = [];
    const w = makeWorker(async (item) => {
      seen.push(labelOf(item));
      return DELIVERED;
    });
    await enqueue(notice('case-1', 'one'), { kind: 'post-case-card', caseId: 'case-1', payload: {} });
    await pass(w);
    expect(seen.sort()).toEqual(['case-1:one', 'case-1:post-case-card']);
    expect(await store.pendingOutboxCount()).toBe(0);
    await pass(w);
    expect(seen).toHaveLength(2);
  });

  it('drains more items than one batch in a single kick', async () => {
    let delivered = 0;
    const w = makeWorker(async () => {
      delivered += 1;
      return DELIVERED;
    }, { batch: 2 });
    await enqueue(...['a', 'b', 'c', 'd', 'e'].map((c) => notice(`case-${c}`, 'x')));
    await pass(w);
    expect(delivered).toBe(5);
    expect(await store.pendingOutboxCount()).toBe(0);
  });

  it('retries a failed delivery after its backoff, not before, counting the attempt', async () => {
    const attempts: Array<{ attempts: number; lastError?: string }> = [];
    const w = makeWorker(async (item) => {
      attempts.push({ attempts: item.attempts, ...(item.lastError ? { lastError: item.lastError } : {}) });
      if (attempts.length === 1) throw new Error('connector returned 502');
      return DELIVERED;
    });
    await enqueue(notice('case-1', 'one'));
    await pass(w);
    expect(attempts).toEqual([{ attempts: 0 }]);
    expect(await store.pendingOutboxCount()).toBe(1);

    clock.advance(700); // the first retry waits 800..1200 ms
    await pass(w);
    expect(attempts).toHaveLength(1);

    clock.advance(600);
    await pass(w);
    expect(attempts).toEqual([{ attempts: 0 }, { attempts: 1, lastError: 'connector returned 502' }]);
    expect(await store.pendingOutboxCount()).toBe(0);
  });

  it('ends an item the connector keeps refusing as malformed as failed, and lets the rest of its stream go', async () => {
    const tried: string[] = [];
    const w = makeWorker(async (item) => {
      tried.push(labelOf(item));
      if (item.payload.key === 'forged') throw Object.assign(new Error('Bad Request: invalid tenant'), { statusCode: 400 });
      return DELIVERED;
    });
    await enqueue(notice('case-1', 'forged'), notice('case-1', 'next'));
    for (let i = 0; i < 3; i++) {
      await pass(w);
      clock.advance(10_000);
    }
    expect(tried).toEqual(['case-1:forged', 'case-1:forged', 'case-1:forged', 'case-1:next']);
    expect(await store.outboxStats()).toEqual({ pending: 0, failed: 1 });
    clock.advance(24 * 3600_000);
    await pass(w);
    expect(tried).toHaveLength(4); // never tried again
  });

  it('keeps retrying an unreachable conversation for a day, then gives up', async () => {
    let tries = 0;
    const w = makeWorker(async () => {
      tries += 1;
      throw Object.assign(new Error('Forbidden: the user blocked the bot'), { statusCode: 403 });
    });
    await enqueue(notice('case-1', 'claimed'));
    for (let hour = 0; hour < 24; hour++) {
      await pass(w);
      clock.advance(3600_000);
    }
    expect(await store.outboxStats()).toMatchObject({ pending: 1, failed: 0 });
    await pass(w);
    expect(await store.outboxStats()).toEqual({ pending: 0, failed: 1 });
    expect(tries).toBe(25);
  });

  it('gives up on a delivery that hangs, so one stuck request cannot stall the outbox', async () => {
    const never = gate();
    const tried: string[] = [];
    const w = makeWorker(async (item) => {
      tried.push(labelOf(item));
      if (item.caseId === 'case-stuck') await never.opened; // a connector that never answers
      return DELIVERED;
    }, { deliveryTimeoutMs: 50 });
    await enqueue(notice('case-stuck', 'one'));
    await pass(w);
    await enqueue(notice('case-next', 'two'));
    await pass(w);
    expect(tried).toEqual(['case-stuck:one', 'case-next:two']);
    // The hung one failed and waits for its retry; the next one went out.
    expect(await store.pendingOutboxCount()).toBe(1);
    never.open();
  });

  it("releases an item that says 'wait' until the time it asked for, without counting an attempt", async () => {
    const attempts: number[] = [];
    const w = makeWorker(async (item) => {
      attempts.push(item.attempts);
      return attempts.length === 1 ? { status: 'wait', retryInMs: 5000 } : DELIVERED;
    });
    await enqueue({ kind: 'post-case-card', caseId: 'case-1', payload: {} });
    await pass(w);
    clock.advance(4999);
    await pass(w);
    expect(attempts).toEqual([0]);
    clock.advance(1);
    await pass(w);
    expect(attempts).toEqual([0, 0]);
    expect(await store.pendingOutboxCount()).toBe(0);
  });

  it('keeps order within a case stream; a failure holds back the rest of that stream only', async () => {
    const log: string[] = [];
    let failFirst = true;
    const w = makeWorker(async (item) => {
      const label = labelOf(item);
      log.push(label);
      if (label === 'case-a:claimed' && failFirst) {
        failFirst = false;
        throw new Error('user conversation unreachable');
      }
      return DELIVERED;
    });
    await enqueue(notice('case-a', 'opened'), { kind: 'post-case-card', caseId: 'case-a', payload: {} });
    await enqueue(notice('case-a', 'claimed'), notice('case-b', 'opened'));
    await enqueue(notice('case-a', 'resolved'), { kind: 'update-case-card', caseId: 'case-a', payload: {} });

    await pass(w);
    const userStreamA = () => log.filter((l) => l.startsWith('case-a:') && !l.includes('case-card'));
    expect(userStreamA()).toEqual(['case-a:opened', 'case-a:claimed']);
    // The case card stream of case A and case B's stream went on.
    expect(log).toEqual(expect.arrayContaining(['case-a:post-case-card', 'case-a:update-case-card', 'case-b:opened']));
    expect(await store.pendingOutboxCount()).toBe(2);

    clock.advance(1500);
    await pass(w);
    expect(userStreamA()).toEqual(['case-a:opened', 'case-a:claimed', 'case-a:claimed', 'case-a:resolved']);
    expect(await store.pendingOutboxCount()).toBe(0);
  });

  it('delivers different streams in parallel and one stream strictly one at a time', async () => {
    const inFlight = new Set<string>();
    const overlaps: string[] = [];
    const bStarted = gate();
    let aSawB: 'b started' | 'timed out' | undefined;
    const w = makeWorker(async (item) => {
      for (const other of inFlight) if (other.startsWith(item.caseId)) overlaps.push(`${other} & ${labelOf(item)}`);
      inFlight.add(labelOf(item));
      if (item.caseId === 'case-b') bStarted.open();
      // Case A's first item waits for case B's delivery to begin: with sequential streams it never would.
      if (labelOf(item) === 'case-a:one') {
        const timeout = new Promise<'timed out'>((r) => setTimeout(() => r('timed out'), 10_000).unref());
        aSawB = await Promise.race([bStarted.opened.then(() => 'b started' as const), timeout]);
      }
      await new Promise((r) => setTimeout(r, 5));
      inFlight.delete(labelOf(item));
      return DELIVERED;
    });
    await enqueue(notice('case-a', 'one'), notice('case-a', 'two'), notice('case-b', 'one'), notice('case-a', 'three'));
    await pass(w);
    expect(aSawB).toBe('b started');
    expect(overlaps).toEqual([]);
    expect(await store.pendingOutboxCount()).toBe(0);
  });

  it('merges kicks that arrive during a pass into one more pass', async () => {
    let leases = 0;
    const lease = store.leaseOutbox.bind(store);
    store.leaseOutbox = async (...args) => {
      leases += 1;
      return lease(...args);
    };
    const hold = gate();
    const seen: string[] = [];
    const w = makeWorker(async (item) => {
      seen.push(labelOf(item));
      if (seen.length === 1) await hold.opened;
      return DELIVERED;
    });
    await enqueue(notice('case-1', 'first'));
    w.kick();
    await vi.waitFor(() => expect(seen).toEqual(['case-1:first']), { timeout: 5000 });
    await enqueue(notice('case-2', 'second'));
    w.kick();
    w.kick();
    w.kick();
    hold.open();
    await w.idle();
    expect(seen).toEqual(['case-1:first', 'case-2:second']);
    expect(leases).toBe(2);
  });

  it('stop() waits for the pass in flight, then no longer delivers', async () => {
    const hold = gate();
    let calls = 0;
    const w = makeWorker(async () => {
      calls += 1;
      await hold.opened;
      return DELIVERED;
    });
    await enqueue(notice('case-1', 'one'));
    w.kick();
    await vi.waitFor(() => expect(calls).toBe(1), { timeout: 5000 });
    let stopped = false;
    const stopping = w.stop().then(() => {
      stopped = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(stopped).toBe(false);
    hold.open();
    await stopping;
    expect(await store.pendingOutboxCount()).toBe(0);

    await enqueue(notice('case-1', 'two'));
    await pass(w);
    expect(calls).toBe(1);
  });

  it('on stop(), finishes the delivery in flight and hands the rest of its stream back, undelivered and unleased', async () => {
    const hold = gate();
    const seen: string[] = [];
    const w = makeWorker(async (item) => {
      seen.push(labelOf(item));
      await hold.opened;
      return DELIVERED;
    });
    await enqueue(notice('case-1', 'one'), notice('case-1', 'two'), notice('case-1', 'three'));
    w.kick();
    await vi.waitFor(() => expect(seen).toEqual(['case-1:one']), { timeout: 5000 });
    const stopping = w.stop();
    hold.open();
    await stopping;
    expect(seen).toEqual(['case-1:one']);
    expect(await store.pendingOutboxCount()).toBe(2);
    // Released, not left leased: the next instance (or this one restarted) takes them at once.
    const next = await store.leaseOutbox(clock.now(), 10, 60_000);
    expect(next.map(labelOf)).toEqual(['case-1:two', 'case-1:three']);
  });

  it('picks items up on its own timer once started', async () => {
    const seen: string[] = [];
    const w = makeWorker(async (item) => {
      seen.push(labelOf(item));
      return DELIVERED;
    }, { pollMs: 10 });
    w.start();
    await enqueue(notice('case-1', 'written by another instance'));
    await vi.waitFor(() => expect(seen).toEqual(['case-1:written by another instance']), { timeout: 5000 });
  });

  it('logs a storage failure during a pass and keeps running', async () => {
    const lines: string[] = [];
    const log = createLogger('error', { write: (line: string) => lines.push(line) });
    worker = new OutboxWorker(store, async () => DELIVERED, log, clock.now, { pollMs: 60_000 });
    const lease = store.leaseOutbox.bind(store);
    let failing = true;
    store.leaseOutbox = async (...args) => {
      if (failing) throw new Error('database is locked');
      return lease(...args);
    };
    await enqueue(notice('case-1', 'one'));
    await expect(pass(worker)).resolves.toBeUndefined();
    expect(lines.join('')).toContain('outbox drain failed');
    failing = false;
    await pass(worker);
    expect(await store.pendingOutboxCount()).toBe(0);
  });
});
