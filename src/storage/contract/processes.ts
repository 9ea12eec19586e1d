import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { key, makeCase, type Stores } from './fixtures';

interface Worker {
  ready: Promise<void>;
  go(): void;
  ids: Promise<string[]>;
}

function startWorker(driver: string, location: string): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'lease-worker.ts'), driver, location], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.startsWith('ready\n')) markReady();
  });
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const ids = new Promise<string[]>((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`lease worker exited ${code}: ${errors}`));
      else resolve(JSON.parse(output.slice('ready\n'.length)) as string[]);
    });
  });
  return { ready, go: () => child.stdin.end('go\n'), ids };
}

/** Two real processes leasing from one database at once: no item is ever handed to both. */
export function processesContract(stores: Stores): void {
  it('never leases the same item to two processes', async () => {
    const store = await stores.open();
    const item = makeCase();
    const outbox = Array.from({ length: 300 }, (_, index) => ({ kind: 'notify-user' as const, caseId: item.id, payload: { index } }));
    await store.commit({ dedupeKey: key(), insertCases: [item], outbox });
    const { driver, location } = stores.target();
    const workers = [startWorker(driver, location), startWorker(driver, location)];
    await Promise.all(workers.map((worker) => worker.ready));
    workers.forEach((worker) => worker.go());
    const [first, second] = await Promise.all(workers.map((worker) => worker.ids));
    const all = [...first!, ...second!];
    expect(all).toHaveLength(300);
    expect(new Set(all).size).toBe(300);
    expect(await store.pendingOutboxCount()).toBe(0);
    // Both took part: the race really happened.
    expect(first!.length).toBeGreaterThan(0);
    expect(second!.length).toBeGreaterThan(0);
  }, 60_000);
}
