import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import pino from 'pino';
import { loadConfig } from '../../src/config/config';
import { start } from '../../src/app';
import { FakeConnector } from './fake-connector';
import { SUPPORT_CHANNEL } from './activities';

export interface PostResult {
  status: number;
  body: any;
}

/** The real bot, started in this process on a free port, talking to a fake connector over HTTP. */
export class BotHarness {
  private stopper?: () => Promise<void>;
  port = 0;

  private constructor(
    readonly connector: FakeConnector,
    readonly dataDir: string,
    private readonly env: Record<string, string>,
  ) {}

  static async start(env: Record<string, string> = {}, dataDir?: string, connector?: FakeConnector): Promise<BotHarness> {
    const harness = new BotHarness(
      connector ?? (await FakeConnector.start()),
      dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bot-')),
      env,
    );
    await harness.boot();
    return harness;
  }

  async boot(): Promise<void> {
    const config = loadConfig({ PORT: '0', DATA_DIR: this.dataDir, SUPPORT_CHANNEL_ID: SUPPORT_CHANNEL, LOG_LEVEL: 'silent', ...this.env });
    const bot = await start(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
    this.port = bot.port;
    this.stopper = bot.stop;
  }

  /** Stops the bot (as a deploy or crash would) and starts it again on the same DATA_DIR. */
  async restart(): Promise<void> {
    await this.stopper?.();
    await this.boot();
  }

  get url(): string {
    return this.connector.url;
  }

  post(body: unknown, headers: Record<string, string> = {}): Promise<PostResult> {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: this.port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(raw), ...headers } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: parse(text) }));
        },
      );
      req.on('error', reject);
      req.end(raw);
    });
  }

  async stop(): Promise<void> {
    await this.stopper?.();
    this.stopper = undefined;
    await this.connector.close();
  }
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

export const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

/** Adaptive Cards in a recorded activity. */
export function cardsIn(body: any): any[] {
  return (body?.attachments ?? []).filter((a: any) => a.contentType === ADAPTIVE).map((a: any) => a.content);
}
