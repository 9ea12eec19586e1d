/**
 * The support tab's read endpoints under a year of data: seeds N cases (100,000 by default) with
 * their events, interactions and feedback into a fresh store, starts the built bot on it (local
 * mode), and times GET /api/tab/queue and GET /api/tab/insight over HTTP, one call after another.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { PostgresStore } from '../../src/storage/postgres-store';
import { SqliteStore } from '../../src/storage/sqlite-store';
import type { Store } from '../../src/storage/types';
import { startPostgres } from '../../test/support/postgres';
import { BenchChild } from './child';
import { percentile } from './load';
import { seedYear } from './tab-seed';

export interface TabBenchOptions {
  cases: number;
  calls: number;
  postgres: boolean;
  botScript: string;
}

const TARGET_MS = 100;
const DAY = 86_400_000;
const fmt = (n: number, digits = 1): string => n.toFixed(digits);

interface Timed {
  name: string;
  latencies: number[];
  bytes: number;
  /** The bot's CPU time per call (user + system), less swayed than wall time by other work on the machine. */
  cpuMsPerCall: number;
}

async function time(child: BenchChild, path: string, name: string, calls: number): Promise<Timed> {
  const url = `${child.url}${path}`;
  const latencies: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 10; i += 1) await (await fetch(url)).arrayBuffer(); // warm-up: JIT, statement cache, page cache
  const cpu0 = child.cpuSeconds();
  for (let i = 0; i < calls; i += 1) {
    const started = performance.now();
    const res = await fetch(url);
    const body = await res.arrayBuffer();
    latencies.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status}`);
    bytes = body.byteLength;
  }
  return { name, latencies, bytes, cpuMsPerCall: ((child.cpuSeconds() - cpu0) * 1000) / calls };
}

async function seeded(store: Store, cases: number, label: string): Promise<void> {
  const started = performance.now();
  await store.migrate();
  const totals = await seedYear(store, { cases, active: Math.min(300, cases), now: new Date() });
  console.log(`tab ${label}: seeded cases=${totals.cases} events=${totals.events} interactions=${totals.interactions} feedback=${totals.feedback} in ${fmt((performance.now() - started) / 1000)} s`);
  await store.close();
}

async function measure(label: string, env: Record<string, string>, options: TabBenchOptions): Promise<void> {
  const child = await BenchChild.start({ label: `tab-${label}`, args: [options.botScript], env: { SUPPORT_CHANNEL_ID: '19:bench-support@thread.tacv2', ...env } });
  try {
    const today = new Date().toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() - 365 * DAY).toISOString().slice(0, 10);
    const few = Math.max(20, Math.round(options.calls / 4));
    const runs: Array<[string, string, number]> = [
      ['/api/tab/queue', 'queue', options.calls],
      ['/api/tab/insight', 'insight (30 days)', options.calls],
      [`/api/tab/insight?from=${yearAgo}&to=${today}`, 'insight (366 days)', few],
      ['/api/tab/cases?words=outlookidentitytoken%20(4242', 'search (words)', few],
    ];
    for (const [path, name, calls] of runs) {
      const run = await time(child, path, name, calls);
      const p50 = percentile(run.latencies, 50);
      const p99 = percentile(run.latencies, 99);
      console.log(`tab ${label} ${run.name.padEnd(18)} calls=${run.latencies.length} p50_ms=${fmt(p50, 2)} p99_ms=${fmt(p99, 2)} max_ms=${fmt(Math.max(...run.latencies), 2)} ` +
        `bot_cpu_ms_per_call=${fmt(run.cpuMsPerCall, 2)} bytes=${run.bytes}`);
      if (run.name === 'queue' || run.name === 'insight (30 days)') {
        console.log(`  ${p99 < TARGET_MS ? 'MET   ' : 'MISSED'} ${run.name} p99 < ${TARGET_MS} ms with ${options.cases} cases (${fmt(p99, 2)} ms; p50 ${fmt(p50, 2)} ms, ${fmt(run.cpuMsPerCall, 2)} ms of CPU per call)`);
      }
    }
  } finally {
    await child.stop();
  }
}

export async function benchTab(options: TabBenchOptions): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'wf-bench-tab-'));
  try {
    await seeded(new SqliteStore({ file: join(dir, 'support-bot.sqlite'), checkpointEveryMs: 0 }), options.cases, 'sqlite');
    await measure('sqlite', { DATA_DIR: dir }, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!options.postgres) return;
  const server = await startPostgres();
  try {
    await seeded(new PostgresStore({ url: server.url }), options.cases, 'postgres');
    // What autovacuum does on its own within a minute of such a load: statistics, and the visibility
    // map that lets the reports read their covering indexes alone.
    const admin = new Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('VACUUM ANALYZE').finally(() => admin.end());
    await measure('postgres', { DATABASE_URL: server.url }, options);
  } finally {
    await server.stop();
  }
}
