/**
 * Performance bench (run by `npm run bench`, after the build):
 *   (a) a bare botbuilder + restify bot and (b) this bot, each in its own Node process with a fresh
 *   DATA_DIR, answer the pasted error under the same closed loop (see scripts/bench/load.ts): messages/s,
 *   p50/p99 latency (post -> HTTP response and reply at the connector), peak RSS (VmHWM), ratio ours/bare;
 *   (c) with --soak [N] (default N = 100000): N messages to this bot, RSS sampled, slope reported;
 *   (d) with --wal [S] (default S = 60): S seconds of full-speed load on this bot, SQLite WAL size sampled;
 *   (e) the recognizer alone over the corpus texts, µs per call;
 *   (f) with --only tab: the support tab's queue and insight endpoints over HTTP with --tab-cases N
 *   cases in a fresh store (100000 by default; --postgres also on a throwaway PostgreSQL), --tab-calls N.
 * Flags: --seconds 15 --slice 2.5 --concurrency 16 --repeat 3 --soak [N] --wal [S] --only bare,ours,otel,recognizer,soak,wal,tab --rounds 200
 *        (otel: this bot again with metrics on, judged against 'ours': telemetry must cost under 10%)
 *        --corpus FILE --cpu-prof (writes V8 profiles of both bots to $TMPDIR/wf-bench-profiles)
 *        --node-flags "--max-semi-space-size=32" (extra Node flags for this bot, for experiments).
 * cpu_ms_per_msg (the bot's CPU time per answered message) is the figure to compare on a busy machine.
 * In a round both bots run side by side and take turns under the load, --slice seconds at a time: on
 * a shared machine the speed of the same bot moves by 10-20% from one minute to the next, so two bots
 * measured one after the other can mislead either way. --repeat N runs N rounds and judges the medians.
 * The connector is in this process; its and the load loop's CPU share is printed so a saturated
 * bench side would show.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { DEFAULT_CORPUS } from './corpus';
import { BenchChild, type ChildOptions } from './bench/child';
import { BenchConnector } from './bench/connector';
import { PASTED_ERROR, addLoad, emptyLoad, percentile, runLoad, type LoadResult } from './bench/load';
import { benchRecognizer } from './bench/recognizer';
import { soak } from './bench/soak';
import { benchTab } from './bench/tab';
import { walSoak } from './bench/wal';

const ROOT = resolve(__dirname, '..');
const BENCH_METRICS_TOKEN = 'bench-metrics-token-0123456789';
const TARGETS = { throughputRatio: 0.8, p99Ms: 50, rssMb: 200, soakSlopeMbPer10k: 1, walSettledMb: 4 };

interface Flags {
  seconds: number;
  /** Seconds of load per turn when the bots take turns (see measureRound). */
  slice: number;
  concurrency: number;
  repeat: number;
  soak?: number;
  /** Seconds of the WAL soak. */
  wal?: number;
  only: Set<string>;
  rounds: number;
  corpus: string;
  cpuProf: boolean;
  /** Extra Node flags for this bot's process, e.g. "--max-semi-space-size=32" (experiments). */
  nodeFlags: string[];
  tabCases: number;
  tabCalls: number;
  postgres: boolean;
}

function parseFlags(argv: string[]): Flags {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    const next = i >= 0 ? argv[i + 1] : undefined;
    return next !== undefined && !next.startsWith('--') ? next : undefined;
  };
  const soakGiven = argv.includes('--soak');
  const walGiven = argv.includes('--wal');
  const only = value('only')?.split(',') ?? ['bare', 'ours', 'recognizer', ...(soakGiven ? ['soak'] : []), ...(walGiven ? ['wal'] : [])];
  return {
    seconds: Number(value('seconds') ?? 15),
    slice: Number(value('slice') ?? 2.5),
    concurrency: Number(value('concurrency') ?? 16),
    repeat: Number(value('repeat') ?? 3),
    soak: soakGiven || only.includes('soak') ? Number(value('soak') ?? 100_000) : undefined,
    wal: walGiven || only.includes('wal') ? Number(value('wal') ?? 60) : undefined,
    only: new Set(only),
    rounds: Number(value('rounds') ?? 200),
    corpus: value('corpus') ?? DEFAULT_CORPUS,
    cpuProf: argv.includes('--cpu-prof'),
    nodeFlags: argv.includes('--node-flags') ? (argv[argv.indexOf('--node-flags') + 1] ?? '').split(' ').filter(Boolean) : [],
    tabCases: Number(value('tab-cases') ?? 100_000),
    tabCalls: Number(value('tab-calls') ?? 200),
    postgres: argv.includes('--postgres'),
  };
}

/** The bare bot as plain JS (no TypeScript loader in the measured process). */
function compileBareBot(): string {
  const source = ts.sys.readFile(join(ROOT, 'scripts/bench/bare-bot.ts')) ?? '';
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } });
  const dir = join(ROOT, 'node_modules/.cache/wf-bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bare-bot.js'), outputText);
  return join(dir, 'bare-bot.js');
}

interface Measured {
  label: string;
  load: LoadResult;
  peakRssMb: number;
  botCpuPct: number;
  benchCpuPct: number;
}

/**
 * One round: starts the bots side by side, warms each up, then moves the closed loop from one to the
 * other every `slice` seconds until each has had `seconds` of load. On this shared machine speed
 * drifts by 10-20% within a minute; a slow spell now falls on both bots alike instead of on
 * whichever happened to run then. The idle bot waits (no timers of note), so it costs the other nothing.
 */
async function measureRound(bots: ChildOptions[], connector: BenchConnector, flags: Flags): Promise<Measured[]> {
  const children: BenchChild[] = [];
  try {
    for (const bot of bots) children.push(await BenchChild.start(bot));
    for (const child of children) await runLoad({ botUrl: child.url, connector, concurrency: flags.concurrency, messages: 300 }); // JIT warm-up
    const totals = children.map((child) => ({ child, load: emptyLoad(), cpuS: 0, benchS: 0 }));
    const slices = Math.max(1, Math.round(flags.seconds / flags.slice));
    for (let s = 0; s < slices; s += 1) {
      // ABBA order: neither bot always runs right after the other.
      for (const total of s % 2 === 0 ? totals : [...totals].reverse()) await loadSlice(total, connector, flags, flags.seconds / slices);
    }
    return totals.map(({ child, load, cpuS, benchS }) => ({
      label: child.label, load, peakRssMb: child.peakRssMb(),
      botCpuPct: (100 * cpuS) / load.elapsedS,
      benchCpuPct: (100 * benchS) / load.elapsedS,
    }));
  } finally {
    for (const child of children) await child.stop();
  }
}

interface RoundTotal {
  child: BenchChild;
  load: LoadResult;
  /** CPU seconds of the bot, and of this process (load loop and connector), during its own slices. */
  cpuS: number;
  benchS: number;
}

async function loadSlice(total: RoundTotal, connector: BenchConnector, flags: Flags, seconds: number): Promise<void> {
  const cpu0 = total.child.cpuSeconds();
  const bench0 = process.cpuUsage();
  addLoad(total.load, await runLoad({ botUrl: total.child.url, connector, concurrency: flags.concurrency, seconds }));
  const bench = process.cpuUsage(bench0);
  total.cpuS += total.child.cpuSeconds() - cpu0;
  total.benchS += (bench.user + bench.system) / 1e6;
}

const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : String(n));
const throughput = (m: Measured): number => m.load.replied / m.load.elapsedS;
const cpuMsPerMsg = (m: Measured): number => (10 * m.botCpuPct) / throughput(m);

function printLoad(m: Measured): void {
  const l = m.load;
  console.log(
    `${m.label.padEnd(5)} msgs/s=${fmt(throughput(m))} p50_ms=${fmt(percentile(l.latenciesMs, 50), 2)} p99_ms=${fmt(percentile(l.latenciesMs, 99), 2)} ` +
      `peak_rss_mb=${fmt(m.peakRssMb)} replied=${l.replied} http_errors=${l.httpErrors} no_reply=${l.noReply} no_card=${l.noCard} ` +
      `bot_cpu=${fmt(m.botCpuPct, 0)}% cpu_ms_per_msg=${fmt(cpuMsPerMsg(m), 2)} bench_cpu=${fmt(m.benchCpuPct, 0)}%`,
  );
}

function verdict(ok: boolean, what: string): void {
  console.log(`  ${ok ? 'MET   ' : 'MISSED'} ${what}`);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const p99 = (m: Measured): number => percentile(m.load.latenciesMs, 99);

function printRatios(bare: Measured, ours: Measured): void {
  console.log(
    `ratio ours/bare: throughput=${fmt(throughput(ours) / throughput(bare), 2)} cpu_normalized_throughput=${fmt(cpuMsPerMsg(bare) / cpuMsPerMsg(ours), 2)} ` +
      `p99=${fmt(p99(ours) / p99(bare), 2)} rss=${fmt(ours.peakRssMb / bare.peakRssMb, 2)}`,
  );
}

/** Verdicts on the targets, from the median of the rounds (each pair measured back to back). */
function judge(pairs: { bare?: Measured; ours?: Measured; otel?: Measured }[], concurrency: number): void {
  const withTelemetry = pairs.filter((p): p is { ours: Measured; otel: Measured } => Boolean(p.ours && p.otel));
  if (withTelemetry.length) {
    const ratio = median(withTelemetry.map((p) => throughput(p.otel) / throughput(p.ours)));
    verdict(ratio >= 0.9, `telemetry on keeps throughput within 10% of off (${fmt(ratio, 2)}x)`);
  }
  const ours = pairs.flatMap((p) => (p.ours ? [p.ours] : []));
  if (!ours.length) return;
  const both = pairs.filter((p): p is { bare: Measured; ours: Measured } => Boolean(p.bare && p.ours));
  const label = pairs.length > 1 ? `median of ${pairs.length} rounds` : 'one round';
  console.log(`targets (${label}):`);
  if (both.length) {
    const ratio = median(both.map((p) => throughput(p.ours) / throughput(p.bare)));
    const cpuRatio = median(both.map((p) => cpuMsPerMsg(p.bare) / cpuMsPerMsg(p.ours)));
    const rssRatio = median(both.map((p) => p.ours.peakRssMb / p.bare.peakRssMb));
    verdict(ratio >= TARGETS.throughputRatio, `throughput >= ${TARGETS.throughputRatio}x bare (${fmt(ratio, 2)}x measured)`);
    verdict(cpuRatio >= TARGETS.throughputRatio, `throughput >= ${TARGETS.throughputRatio}x bare per CPU second (${fmt(cpuRatio, 2)}x)`);
    // The absolute 200 MB is below what the bare bot itself needs here, so also judge against it (±5%: run-to-run noise).
    verdict(rssRatio <= 1.05, `peak RSS on a par with the bare bot's, within 5% (${fmt(rssRatio, 2)}x)`);
  }
  const ourP99 = median(ours.map(p99));
  const rss = median(ours.map((m) => m.peakRssMb));
  verdict(ourP99 < TARGETS.p99Ms, `p99 < ${TARGETS.p99Ms} ms at concurrency ${concurrency} (${fmt(ourP99, 2)} ms)`);
  verdict(rss < TARGETS.rssMb, `peak RSS < ${TARGETS.rssMb} MB (${fmt(rss)} MB)`);
  verdict(ours.every((m) => m.load.httpErrors + m.load.noReply + m.load.noCard === 0), 'every message got a 2xx and its card');
}

async function measureWal(flags: Flags, connector: BenchConnector, env: Record<string, string>): Promise<void> {
  console.log(`wal: ${flags.wal} s of full-speed load on this bot at concurrency ${flags.concurrency}`);
  const child = await BenchChild.start({ label: 'wal', args: [join(ROOT, 'lib/index.js')], env, nodeFlags: flags.nodeFlags });
  try {
    const w = await walSoak(child, connector, flags.wal!, flags.concurrency);
    console.log(
      `wal   sent=${w.load.sent} replied=${w.load.replied} msgs/s=${fmt(w.load.replied / w.load.elapsedS)} db_mb=${fmt(w.dbMb)} ` +
        `wal_peak_mb=${fmt(w.walPeakMb)} wal_at_stop_mb=${fmt(w.walAtStopMb)} wal_3s_later_mb=${fmt(w.walSettledMb)} http_errors=${w.load.httpErrors}`,
    );
    verdict(w.walSettledMb <= TARGETS.walSettledMb, `WAL back under ${TARGETS.walSettledMb} MB once the load stops (${fmt(w.walSettledMb)} MB)`);
  } finally {
    await child.stop();
  }
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const connector = await BenchConnector.start();
  const ourEnv = { SUPPORT_CHANNEL_ID: '19:bench-support@thread.tacv2' };
  const profileDir = join(tmpdir(), 'wf-bench-profiles');
  const profile = [...flags.nodeFlags, ...(flags.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
  if (flags.cpuProf) console.log(`bench: CPU profiles of both bots go to ${profileDir} (open in Chrome DevTools > Performance)`);
  // Other work on the machine shows as bot_cpu well under 100% and noisy latencies: say how busy it was.
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`bench: concurrency=${flags.concurrency} seconds=${flags.seconds} text=${JSON.stringify(PASTED_ERROR)} node=${process.version} cpus=${cpus().length} loadavg=${load}`);
  try {
    const pairs: { bare?: Measured; ours?: Measured; otel?: Measured }[] = [];
    for (let round = 0; round < flags.repeat; round += 1) {
      const bots: ChildOptions[] = [];
      if (flags.only.has('bare')) bots.push({ label: 'bare', args: [compileBareBot()], nodeFlags: flags.cpuProf ? profile : [] });
      if (flags.only.has('ours')) bots.push({ label: 'ours', args: [join(ROOT, 'lib/index.js')], env: ourEnv, nodeFlags: profile });
      // The same bot with metrics on (Prometheus /metrics, scraped every 5 s as a Prometheus server would).
      if (flags.only.has('otel')) bots.push({ label: 'otel', args: [join(ROOT, 'lib/index.js')], env: { ...ourEnv, METRICS_TOKEN: BENCH_METRICS_TOKEN }, nodeFlags: profile, scrapeEveryMs: 5000 });
      const measured = bots.length ? await measureRound(bots, connector, flags) : [];
      measured.forEach(printLoad);
      const pair = { bare: measured.find((m) => m.label === 'bare'), ours: measured.find((m) => m.label === 'ours'), otel: measured.find((m) => m.label === 'otel') };
      if (pair.bare && pair.ours) printRatios(pair.bare, pair.ours);
      if (pair.ours && pair.otel) console.log(`ratio otel/ours: throughput=${fmt(throughput(pair.otel) / throughput(pair.ours), 2)} cpu_per_msg=${fmt(cpuMsPerMsg(pair.otel) / cpuMsPerMsg(pair.ours), 2)}`);
      pairs.push(pair);
    }
    judge(pairs, flags.concurrency);
    if (flags.soak !== undefined) {
      console.log(`soak: ${flags.soak} messages to this bot at concurrency ${flags.concurrency}`);
      const child = await BenchChild.start({ label: 'soak', args: [join(ROOT, 'lib/index.js')], env: ourEnv, nodeFlags: flags.nodeFlags });
      try {
        const s = await soak(child, connector, flags.soak, flags.concurrency);
        const mid = s.samples.find((p) => p.sent >= flags.soak! / 2)?.rssMb ?? NaN;
        console.log(
          `soak  sent=${s.load.sent} replied=${s.load.replied} msgs/s=${fmt(s.load.replied / s.load.elapsedS)} rss_start_mb=${fmt(s.startMb)} rss_mid_mb=${fmt(mid)} ` +
            `rss_end_mb=${fmt(s.endMb)} rss_peak_mb=${fmt(s.peakMb)} slope_second_half=${fmt(s.slopeMbPer10k, 2)} MB/10k msgs ` +
            `p99_ms=${fmt(percentile(s.load.latenciesMs, 99), 2)} http_errors=${s.load.httpErrors} no_reply=${s.load.noReply}`,
        );
        verdict(s.slopeMbPer10k < TARGETS.soakSlopeMbPer10k, `no RSS growth: second-half slope < ${TARGETS.soakSlopeMbPer10k} MB per 10k messages`);
        verdict(s.peakMb < TARGETS.rssMb, `peak RSS < ${TARGETS.rssMb} MB during the soak`);
      } finally {
        await child.stop();
      }
    }
    if (flags.wal !== undefined) await measureWal(flags, connector, ourEnv);
    if (flags.only.has('tab')) {
      await benchTab({ cases: flags.tabCases, calls: flags.tabCalls, postgres: flags.postgres, botScript: join(ROOT, 'lib/index.js') });
    }
    if (flags.only.has('recognizer')) {
      const r = benchRecognizer(flags.corpus, flags.rounds);
      console.log(`recognizer texts=${r.texts} calls=${r.calls} median_us=${fmt(r.medianUs, 2)} p99_us=${fmt(r.p99Us, 2)} mean_us=${fmt(r.meanUs, 2)}`);
    }
  } finally {
    await connector.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
