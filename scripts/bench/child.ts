import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../eval-bot';

export interface ChildOptions {
  label: string;
  /** Script and its arguments, run with this Node binary. */
  args: string[];
  env?: Record<string, string>;
  /** Extra Node flags, e.g. --cpu-prof --cpu-prof-dir=... */
  nodeFlags?: string[];
  /** Scrape GET /metrics this often (with the env's METRICS_TOKEN), as a Prometheus server would. */
  scrapeEveryMs?: number;
}

/** A bot under measurement: its own Node process, a fresh DATA_DIR, 127.0.0.1 only. */
export class BenchChild {
  private constructor(
    readonly label: string,
    readonly url: string,
    private readonly child: ChildProcess,
    private readonly dataDir: string,
  ) {}

  static async start(options: ChildOptions): Promise<BenchChild> {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), `wf-bench-${options.label}-`));
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, NODE_ENV: 'development', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...options.env };
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...options.args], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    const running = new BenchChild(options.label, `http://127.0.0.1:${port}`, child, dataDir);
    try {
      await running.waitHealthy(30_000);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
    if (options.scrapeEveryMs) running.scrapeMetrics(options.scrapeEveryMs, options.env?.METRICS_TOKEN ?? '');
    return running;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Peak resident set size so far (VmHWM), in MB. */
  peakRssMb(): number {
    return this.statusKb('VmHWM') / 1024;
  }

  /** Current resident set size (VmRSS), in MB. */
  rssMb(): number {
    return this.statusKb('VmRSS') / 1024;
  }

  /** Size of a file in the child's DATA_DIR, in MB (0 when it does not exist). */
  fileMb(name: string): number {
    try {
      return statSync(join(this.dataDir, name)).size / (1024 * 1024);
    } catch {
      return 0;
    }
  }

  /** CPU time (user + system) the child used so far, in seconds. */
  cpuSeconds(): number {
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
  }

  private scraper?: NodeJS.Timeout;

  private scrapeMetrics(everyMs: number, token: string): void {
    this.scraper = setInterval(() => {
      void fetch(`${this.url}/metrics`, { headers: { authorization: `Bearer ${token}` } }).then((res) => res.text(), () => undefined);
    }, everyMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.scraper);
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private statusKb(field: string): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
    if (!match) throw new Error(`${this.label}: no ${field} in /proc/${this.pid}/status`);
    return Number(match[1]);
  }

  private async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`${this.label} exited with code ${this.child.exitCode} before answering /healthz`);
      const ok = await fetch(`${this.url}/healthz`).then((res) => res.ok, () => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${this.label} did not answer /healthz within ${timeoutMs} ms`);
  }
}
