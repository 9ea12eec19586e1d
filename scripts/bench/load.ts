import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { BenchConnector } from './connector';

export const PASTED_ERROR = 'Unexpected error\nUnable to get the outlookIdentityToken';
const REPLY_TIMEOUT_MS = 5_000;

export interface LoadOptions {
  botUrl: string;
  connector: BenchConnector;
  concurrency: number;
  /** Stop after this long, or after `messages` were sent, whichever comes first. */
  seconds?: number;
  messages?: number;
  text?: string;
  /** Called about every second while the loop runs (RSS sampling). */
  onTick?: (sent: number) => void;
}

export interface LoadResult {
  sent: number;
  replied: number;
  elapsedS: number;
  /** Messages whose HTTP status was not 2xx. */
  httpErrors: number;
  noReply: number;
  noCard: number;
  /** post -> (HTTP response AND reply at the connector), ms, one per replied message. */
  latenciesMs: number[];
}

/** A Teams personal message from a user seen for the first time (so no per-user state helps). */
function activity(serviceUrl: string, text: string): { body: string; conversationId: string } {
  const user = randomUUID();
  const conversationId = `a:bench-${randomUUID()}`;
  const body = JSON.stringify({
    type: 'message', id: `bench-${randomUUID()}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl,
    from: { id: `29:${user}`, aadObjectId: user, name: 'Bench User' },
    recipient: { id: '28:bench-bot', name: 'Support Bot' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'bench-tenant' },
    channelData: { tenant: { id: 'bench-tenant' } },
    locale: 'en-US', text,
  });
  return { body, conversationId };
}

function post(agent: http.Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      { agent, host: url.hostname, port: url.port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/**
 * Closed loop, as the probe measures: `concurrency` workers, each posts one message, waits for its
 * HTTP response and for the bot's reply at the connector, then posts the next.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const target = new URL(options.botUrl);
  const result = emptyLoad();
  const started = performance.now();
  const deadline = options.seconds === undefined ? Infinity : started + options.seconds * 1000;
  const budget = options.messages ?? Infinity;
  const ticker = options.onTick ? setInterval(() => options.onTick?.(result.sent), 1000) : undefined;

  const worker = async (): Promise<void> => {
    while (performance.now() < deadline && result.sent < budget) {
      result.sent += 1;
      const { body, conversationId } = activity(options.connector.url, options.text ?? PASTED_ERROR);
      const t0 = performance.now();
      const replied = options.connector.waitForReply(conversationId, REPLY_TIMEOUT_MS);
      const status = await post(agent, target, body);
      if (status < 200 || status >= 300) result.httpErrors += 1;
      const delivery = await replied;
      if (!delivery) {
        result.noReply += 1;
        continue;
      }
      if (!delivery.hasCard) result.noCard += 1;
      result.replied += 1;
      result.latenciesMs.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  if (ticker) clearInterval(ticker);
  result.elapsedS = (performance.now() - started) / 1000;
  agent.destroy();
  return result;
}

export function emptyLoad(): LoadResult {
  return { sent: 0, replied: 0, elapsedS: 0, httpErrors: 0, noReply: 0, noCard: 0, latenciesMs: [] };
}

/** Adds one run's counts, time and latencies to a running total. */
export function addLoad(total: LoadResult, run: LoadResult): void {
  total.sent += run.sent;
  total.replied += run.replied;
  total.elapsedS += run.elapsedS;
  total.httpErrors += run.httpErrors;
  total.noReply += run.noReply;
  total.noCard += run.noCard;
  for (const latency of run.latenciesMs) total.latenciesMs.push(latency);
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
