/**
 * Child process for the multi-process leasing test: opens its own Store on the shared database,
 * says "ready", waits for "go" on stdin, then leases (and delivers) items until none is due, and
 * prints the ids it got as JSON.
 */
import { PostgresStore } from '../postgres-store';
import { SqliteStore } from '../sqlite-store';
import type { Store } from '../types';

function openStore(driver: string | undefined, location: string | undefined): Store {
  if (!location) throw new Error('usage: lease-worker <sqlite|postgres> <file|url>');
  return driver === 'postgres' ? new PostgresStore({ url: location }) : new SqliteStore({ file: location });
}

async function leaseUntilEmpty(store: Store): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const now = new Date();
    const batch = await store.leaseOutbox(now, 3, 60_000);
    if (batch.length === 0) return ids;
    for (const item of batch) {
      ids.push(item.id);
      await store.markDelivered(item.id, now);
    }
    // Stands for the delivery call a real worker makes; gives the other process its turn.
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

async function main(): Promise<void> {
  const store = openStore(process.argv[2], process.argv[3]);
  await store.pendingOutboxCount();
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  const ids = await leaseUntilEmpty(store);
  await store.close();
  process.stdout.write(`${JSON.stringify(ids)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
