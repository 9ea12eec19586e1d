import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

/** One call the bot made to the connector. */
export interface ConnectorRecord {
  at: number;
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  /** The id this connector gave a new message (what Teams returns, and later sends back as replyToId). */
  createdId?: string;
  /** The Authorization header the bot sent (its outbound Bot Framework token). */
  authorization?: string;
  body: any;
}

/**
 * A Bot Framework-style connector on 127.0.0.1 that records what the bot sends:
 * POST/PUT v3/conversations/{conv}/activities[/{id}] and the member look-ups Teams answers.
 * `failNext(n)` makes the next n sends answer 503, as a connector outage would.
 */
export class FakeConnector {
  readonly records: ConnectorRecord[] = [];
  /** When set, a member look-up of anyone else answers 404 (not a member of the conversation). */
  members?: Set<string>;
  /** The member ids looked up, in order. */
  readonly memberLookups: string[] = [];
  private failures = 0;
  private down = false;
  private delayMs = 0;
  private readonly waiters = new Set<() => void>();

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<FakeConnector> {
    const server = http.createServer();
    const connector = new FakeConnector(server);
    server.on('request', (req, res) => connector.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return connector;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /**
   * The connector's clock (sub-millisecond), for `since` marks: a record that arrived before a mark
   * taken with it is never counted after it, even within the same millisecond.
   */
  now(): number {
    return performance.timeOrigin + performance.now();
  }

  failNext(n: number): void {
    this.failures = n;
  }

  /** Every later send is answered this many ms after it arrived (a slow Teams, to hold sends in flight). */
  setDelay(ms: number): void {
    this.delayMs = ms;
  }

  /** While down, every send answers 503 (the connector is unreachable for the bot). */
  setDown(down: boolean): void {
    this.down = down;
  }

  sent(conversationId?: string): ConnectorRecord[] {
    return this.records.filter(
      (r) => r.method !== 'GET' && r.body !== undefined && (conversationId === undefined || r.conversationId === conversationId),
    );
  }

  /** Resolves with the first record (from now or already present after `since`) that matches. */
  async waitFor(match: (r: ConnectorRecord) => boolean, timeoutMs = 5000, since = 0): Promise<ConnectorRecord> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.records.find((r) => r.at >= since && match(r));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`connector: no matching record within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          this.waiters.delete(wake);
          resolve();
        };
        this.waiters.add(wake);
        setTimeout(wake, 50);
      });
    }
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const parts = new URL(req.url ?? '/', 'http://x').pathname.split('/').filter(Boolean).map(decodeURIComponent);
      const record: ConnectorRecord = {
        at: this.now(),
        method: req.method ?? 'GET',
        path: parts.join('/'),
        conversationId: parts[0] === 'v3' && parts[1] === 'conversations' ? parts[2] : undefined,
        activityId: parts[3] === 'activities' ? parts[4] : undefined,
        authorization: req.headers.authorization,
        body: raw ? JSON.parse(raw) : undefined,
      };
      const reply = (status: number, body: unknown): void => {
        const send = (): void => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        };
        if (this.delayMs && record.method !== 'GET') setTimeout(send, this.delayMs);
        else send();
      };
      if (record.method === 'GET') {
        const memberId = parts[parts.indexOf('members') + 1];
        if (memberId) this.memberLookups.push(memberId);
        if (this.members && memberId && !this.members.has(memberId)) return reply(404, { error: { code: 'MemberNotFoundInConversation', message: 'not a member' } });
        return reply(200, this.member(parts));
      }
      if (this.down || this.failures > 0) {
        if (!this.down) this.failures -= 1;
        return reply(503, { error: { code: 'ServiceUnavailable', message: 'connector down' } });
      }
      const id = record.method === 'PUT' ? record.activityId : `act-${randomUUID()}`;
      if (record.method === 'POST') record.createdId = id;
      this.records.push(record);
      for (const wake of [...this.waiters]) wake();
      return reply(record.method === 'POST' ? 201 : 200, { id });
    });
  }

  private member(parts: string[]): unknown {
    const memberId = parts[parts.indexOf('members') + 1] ?? '29:unknown';
    const member = { id: memberId, name: 'Member', email: `${memberId.replace(/\W/g, '')}@contoso.example`, userPrincipalName: `${memberId.replace(/\W/g, '')}@contoso.example` };
    return parts.includes('members') && parts.length > parts.indexOf('members') + 1 ? member : [member];
  }
}
