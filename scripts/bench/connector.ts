import http from 'node:http';
import type { AddressInfo } from 'node:net';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

/** What reached the connector for one conversation. */
export interface Delivery {
  at: number;
  hasCard: boolean;
}

/**
 * A lean Bot Framework connector for load: unlike test/support/FakeConnector it keeps no records
 * (100k card bodies would grow the bench process) and wakes waiters by conversation id in O(1)
 * instead of scanning a list, so it cannot become the bottleneck of the measurement.
 */
export class BenchConnector {
  private readonly waiters = new Map<string, (delivery: Delivery) => void>();
  private sequence = 0;
  /** Replies that arrived for a conversation nobody was waiting for (late after a timeout, or extra). */
  unexpected = 0;

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<BenchConnector> {
    const server = http.createServer();
    // Node's default, as the probe's connector. botbuilder opens a new keep-alive connection per turn
    // (a ConnectorClient, and so an http.Agent, per turn): a long idle timeout would pile up thousands
    // of idle sockets in the bot and measure that instead of the bot.
    server.keepAliveTimeout = 5_000;
    const connector = new BenchConnector(server);
    server.on('request', (req, res) => connector.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return connector;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** Resolves with the first reply posted to `conversationId`, or undefined after `timeoutMs`. */
  waitForReply(conversationId: string, timeoutMs: number): Promise<Delivery | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(conversationId);
        resolve(undefined);
      }, timeoutMs);
      this.waiters.set(conversationId, (delivery) => {
        clearTimeout(timer);
        resolve(delivery);
      });
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const at = performance.now();
      // v3/conversations/{conversationId}/activities[/{replyToId}]
      const parts = (req.url ?? '/').split('?')[0]!.split('/').filter(Boolean);
      const conversationId = parts[1] === 'conversations' && parts[2] ? decodeURIComponent(parts[2]) : '';
      if (req.method === 'GET') return this.reply(res, 200, []);
      this.sequence += 1;
      this.reply(res, 201, { id: `bench-${this.sequence}` });
      const wake = this.waiters.get(conversationId);
      if (!wake) {
        this.unexpected += 1;
        return;
      }
      this.waiters.delete(conversationId);
      wake({ at, hasCard: Buffer.concat(chunks).includes(ADAPTIVE) });
    });
  }

  private reply(res: http.ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }
}
