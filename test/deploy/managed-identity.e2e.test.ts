import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message, newUser } from '../support/activities';
import { BotProcess } from '../support/bot-process';
import { FakeConnector } from '../support/fake-connector';
import { OpenIdServer, channelToken } from '../support/openid-server';

const CLIENT_ID = '5f0e3c1a-7b2d-4e8f-9a61-3c4d5e6f7a8b'; // the user-assigned identity's client id = BOT_ID
const TENANT_ID = '0d9d9a3c-0000-4000-8000-00000000c0de';
const IDENTITY_HEADER = `header-${randomUUID()}`;

interface TokenRequest {
  query: URLSearchParams;
  identityHeader?: string;
}

/**
 * App Service's managed-identity endpoint, offline: what IDENTITY_ENDPOINT / IDENTITY_HEADER point a
 * web app at (api-version 2019-08-01). It hands out a token only with the right secret header.
 */
class FakeIdentityEndpoint {
  readonly requests: TokenRequest[] = [];
  readonly token = `msi-token-${randomUUID()}`;
  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<FakeIdentityEndpoint> {
    const server = http.createServer();
    const endpoint = new FakeIdentityEndpoint(server);
    server.on('request', (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const identityHeader = req.headers['x-identity-header'] as string | undefined;
      endpoint.requests.push({ query: url.searchParams, identityHeader });
      const allowed = url.pathname === '/msi/token' && identityHeader === IDENTITY_HEADER && url.searchParams.get('client_id') === CLIENT_ID;
      res.writeHead(allowed ? 200 : 400, { 'content-type': 'application/json' });
      res.end(JSON.stringify(allowed
        ? { access_token: endpoint.token, expires_on: String(Math.floor(Date.now() / 1000) + 3600), resource: url.searchParams.get('resource'), token_type: 'Bearer', client_id: CLIENT_ID }
        : { error: 'invalid_request' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return endpoint;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/msi/token`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The environment App Service gives the web app that infra/azure.bicep creates. */
function appServiceEnv(identity: FakeIdentityEndpoint, openId: OpenIdServer): Record<string, string> {
  return {
    WEBSITE_SITE_NAME: 'wf-support-test',
    NODE_ENV: 'production',
    BOT_ID: CLIENT_ID,
    BOT_TYPE: 'UserAssignedMsi',
    BOT_TENANT_ID: TENANT_ID,
    BOT_PASSWORD: '',
    IDENTITY_ENDPOINT: identity.url,
    IDENTITY_HEADER,
    BOT_OPENID_METADATA: openId.metadataUrl,
  };
}

describe('BOT_TYPE=UserAssignedMsi, hosted as on App Service (separate process, real HTTP)', () => {
  let openId: OpenIdServer;
  let identity: FakeIdentityEndpoint;
  let connector: FakeConnector;
  let bot: BotProcess;

  beforeAll(async () => {
    [openId, identity, connector] = await Promise.all([OpenIdServer.start(), FakeIdentityEndpoint.start(), FakeConnector.start()]);
    bot = await new BotProcess(appServiceEnv(identity, openId)).start();
  }, 120_000);
  afterAll(async () => {
    await bot?.stop();
    await Promise.all([openId?.close(), identity?.close(), connector?.close()]);
  });

  const post = (body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`http://127.0.0.1:${bot.port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('refuses an activity without a token (inbound auth is on without any password)', async () => {
    const res = await post(message(connector.url, newUser(), 'Unable to get the outlookIdentityToken'));
    expect(res.status).toBe(401);
    expect(identity.requests).toHaveLength(0);
  });

  it('answers a signed activity, calling the connector with the managed identity token as Bearer', async () => {
    const user = newUser();
    const since = connector.now();
    const token = channelToken(openId, CLIENT_ID, connector.url);
    const res = await post(message(connector.url, user, 'Unable to get the outlookIdentityToken'), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);

    const reply = await connector.waitFor((r) => r.conversationId === user.conversationId && r.method === 'POST', 15_000, since);
    expect(reply.authorization).toBe(`Bearer ${identity.token}`);

    // The token came from the identity endpoint, for this identity and Bot Framework's audience.
    const granted = identity.requests.filter((r) => r.identityHeader === IDENTITY_HEADER);
    expect(granted.length).toBeGreaterThan(0);
    expect(granted[0]!.query.get('client_id')).toBe(CLIENT_ID);
    expect(granted[0]!.query.get('resource')).toMatch(/^https:\/\/api\.botframework\.com/);
    expect(granted[0]!.query.get('api-version')).toBe('2019-08-01');
  }, 30_000);
});

describe('a hosted bot without credentials', () => {
  const ROOT = path.resolve(__dirname, '../..');

  /** Runs the bot's real entry point with `env` and resolves with its exit code and output. */
  function runBot(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'warn', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the bot did not exit:\n${output}`));
      }, 60_000);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, output });
      });
    });
  }

  it('refuses to start on App Service (WEBSITE_SITE_NAME) without BOT_ID: exit code 2, the reason on stderr', async () => {
    const { code, output } = await runBot({ WEBSITE_SITE_NAME: 'wf-support-test', BOT_ID: '' });
    expect(code).toBe(2);
    expect(output).toMatch(/BOT_ID: is required on Azure App Service/);
    expect(output).toMatch(/ALLOW_UNAUTHENTICATED=1/);
  }, 70_000);
});
