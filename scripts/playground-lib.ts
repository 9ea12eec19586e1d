/**
 * Starting and stopping the bot and the Microsoft 365 Agents Playground as child processes:
 * shared by `npm run dev:playground` (scripts/playground.ts) and the browser tests (test/browser/).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parse } from 'yaml';

export const ROOT = path.resolve(__dirname, '..');
export const PLAYGROUND_CONFIG = path.join(ROOT, '.m365agentsplayground.yml');
export const PLAYGROUND_CLI = path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

/** The parts of .m365agentsplayground.yml the launcher and the tests rely on. */
export interface PlaygroundContext {
  /** The team's extra channel: the bot's support channel. */
  supportChannel: { id: string; name: string };
  teamName: string;
  currentUser: { id: string; name: string };
}

export function readPlaygroundContext(file = PLAYGROUND_CONFIG): PlaygroundContext {
  const config = parse(readFileSync(file, 'utf8')) as {
    team?: { name?: string; channels?: Array<{ id?: string; name?: string }> };
    currentUser?: { id?: string; name?: string };
  };
  const channel = config.team?.channels?.[0];
  if (!channel?.id || !channel.name) throw new Error(`${file}: team.channels[0] (the support channel) needs an id and a name`);
  if (!config.currentUser?.id || !config.currentUser.name) throw new Error(`${file}: currentUser needs an id and a name`);
  return {
    supportChannel: { id: channel.id, name: channel.name },
    teamName: config.team?.name ?? '',
    currentUser: { id: config.currentUser.id, name: config.currentUser.name },
  };
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Started {
  child: ChildProcess;
  /** Everything the process printed, for error messages. */
  output: () => string;
}

const MAX_KEPT_OUTPUT = 64 * 1024;

/** Spawns a command and resolves once a line of its output matches `ready` (rejects on exit or timeout). */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; ready: RegExp; timeoutMs?: number; detached?: boolean },
): Promise<Started & { match: RegExpMatchArray }> {
  const child = spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    env: options.env,
    // stdin stays an open pipe: the playground CLI exits when its stdin closes.
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  let log = '';
  const output = () => log;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${name} did not start within ${options.timeoutMs ?? 60_000} ms`)), options.timeoutMs ?? 60_000);
    let started = false;
    const onData = (chunk: Buffer) => {
      // Keep reading (a full pipe would block the child), but only the recent output.
      log = (log + chunk.toString()).slice(-MAX_KEPT_OUTPUT);
      const match = started ? null : options.ready.exec(log);
      if (match) {
        started = true;
        clearTimeout(timer);
        child.off('exit', onEarlyExit);
        resolve({ child, output, match });
      }
    };
    const fail = (error: Error) => {
      clearTimeout(timer);
      void stopProcess(child, { group: options.detached });
      reject(new Error(`${error.message}\n--- ${name} output ---\n${log.slice(-4000)}`));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', fail);
    const onEarlyExit = (code: number | null, signal: NodeJS.Signals | null) =>
      fail(new Error(`${name} exited early (code ${code}, signal ${signal})`));
    child.once('exit', onEarlyExit);
  });
}

/**
 * Ends a process we started, by its pid: SIGTERM, then SIGKILL after a grace period.
 * `group`: the child was spawned detached, so its pid is also its process group (npm and the node it runs).
 */
export async function stopProcess(child: ChildProcess, options: { group?: boolean; graceMs?: number } = {}): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(options.group ? -pid : pid, sig);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), options.graceMs ?? 5_000);
  await exited;
  clearTimeout(timer);
}

export interface BotOptions {
  port: number;
  dataDir: string;
  supportChannelId: string;
  /** Pins the bot's clock (ISO date-time), e.g. to a given phase of the token retirement. */
  now?: string;
  extraEnv?: NodeJS.ProcessEnv;
}

/** Environment for a bot run by the playground: no BOT_ID, so the bot runs in local (unauthenticated) mode. */
export function botEnv(options: BotOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    DATA_DIR: options.dataDir,
    SUPPORT_CHANNEL_ID: options.supportChannelId,
    ...options.extraEnv,
  };
  for (const name of ['BOT_ID', 'BOT_PASSWORD', 'BOT_TENANT_ID', 'DATABASE_URL']) delete env[name];
  if (options.now) env.BOT_NOW = options.now;
  else delete env.BOT_NOW;
  return env;
}

/** Runs the built bot (lib/index.js) and waits for its "bot started" log line. */
export function startBuiltBot(options: BotOptions): Promise<Started> {
  return startProcess('bot', process.execPath, [path.join(ROOT, 'lib', 'index.js')], {
    env: botEnv(options),
    ready: /"msg":"bot started"/,
  });
}

export interface PlaygroundOptions {
  port: number;
  botEndpoint: string;
  configFile?: string;
  logFile: string;
}

/** Runs the playground CLI (Teams channel, telemetry off, no browser opened); resolves with the port it listens on. */
export async function startPlayground(options: PlaygroundOptions): Promise<Started & { port: number }> {
  const args = [PLAYGROUND_CLI, '--port', String(options.port), '--app-endpoint', options.botEndpoint, '--channel-id', 'msteams', '--disable-telemetry'];
  const started = await startProcess('playground', process.execPath, args, {
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      // --disable-telemetry only stops the playground's events: the Application Insights SDK it embeds still
      // probes Azure metadata (169.254.169.254) and resolves a statsbeat host. This stops those too.
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configFile ?? PLAYGROUND_CONFIG,
      M365_AGENTS_PLAYGROUND_LOGFILE: options.logFile,
    },
    ready: /Listening on (\d+)/,
  });
  // The CLI falls back to a random port when the asked one is taken: trust what it says.
  return { ...started, port: Number(started.match[1]) };
}
