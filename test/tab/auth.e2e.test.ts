import path from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/storage/sqlite-store';
import { makeCase } from '../../src/storage/contract/fixtures';
import { BotHarness } from '../support/bot-harness';
import { APP_ID_URI, EntraServer, TENANT, hostedEnv } from './entra';
import { act, tab } from './support';

const AGENT = '11111111-2222-4333-8444-555555555555';
const STRANGER = '99999999-8888-4777-8666-555555555555';
const API_PATHS = ['/api/tab/session', '/api/tab/queue', '/api/tab/cases', '/api/tab/cases/some-id', '/api/tab/insight', '/api/tab/export/cases.csv', '/api/tab/export/daily.csv'];

describe('the support tab in hosted mode (BOT_ID set): Teams SSO and agents only', () => {
  let entra: EntraServer;
  let bot: BotHarness;
  const seeded = makeCase({ ref: 'WF-7001', openedAt: new Date().toISOString(), user: { id: '29:s', name: 'Sam Secret' } });

  beforeAll(async () => {
    entra = await EntraServer.start();
    bot = await BotHarness.start(hostedEnv(entra, [AGENT]));
    const store = new SqliteStore({ file: path.join(bot.dataDir, 'support-bot.sqlite'), checkpointEveryMs: 0 });
    await store.commit({ dedupeKey: 'seed', insertCases: [seeded] });
    await store.close();
  });
  afterAll(async () => {
    await bot.stop();
    await entra.close();
  });

  it('gives a listed agent the queue, with a v2 or a v1 token, for either accepted audience', async () => {
    const tokens = [
      entra.token({ oid: AGENT }),
      entra.token({ oid: AGENT, audience: APP_ID_URI }),
      entra.token({ oid: AGENT, issuer: `https://sts.windows.net/${TENANT}/` }),
    ];
    for (const token of tokens) {
      const res = await tab(bot.port, '/api/tab/queue', { token });
      expect(res.status).toBe(200);
      expect(res.body.cases.map((c: any) => c.ref)).toEqual(['WF-7001']);
    }
    const session = await tab(bot.port, '/api/tab/session', { token: tokens[0] });
    expect(session.body).toMatchObject({ mode: 'sso', agent: { name: 'Agent Person' } });
  });

  it('refuses a validly signed token of someone who is not an agent with 403, on every route, and shows no data', async () => {
    const token = entra.token({ oid: STRANGER, name: 'Not An Agent' });
    for (const route of API_PATHS) {
      const res = await tab(bot.port, route, { token });
      expect(res.status, route).toBe(403);
      expect(res.body, route).toEqual({ error: 'only support agents may use this tab' });
      expect(res.text).not.toContain('Sam Secret');
    }
    expect((await act(bot.port, seeded.id, 'claim', {}, token)).status).toBe(403);
  });

  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const refusals: Array<[string, () => Record<string, string>]> = [
    ['no token', () => ({})],
    ['a Basic header', () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
    ['a malformed token', () => ({ authorization: 'Bearer not.a.jwt' })],
    ['a token signed by another key under the published key id', () => ({ authorization: `Bearer ${entra.token({ oid: AGENT, key: otherKey })}` })],
    ['a token signed by an unknown key id', () => ({ authorization: `Bearer ${entra.token({ oid: AGENT, kid: 'other-kid' })}` })],
    ['a token for another app (audience)', () => ({ authorization: `Bearer ${entra.token({ oid: AGENT, audience: 'api://someone-else' })}` })],
    ['a token of another tenant', () => ({ authorization: `Bearer ${entra.token({ oid: AGENT, tid: '22222222-0000-4000-8000-000000000000' })}` })],
    ['a token whose tenant claim differs from its issuer', () => ({ authorization: `Bearer ${entra.token({ oid: AGENT, tid: '22222222-0000-4000-8000-000000000000', issuer: `https://login.microsoftonline.com/${TENANT}/v2.0` })}` })],
    ['a token from another issuer', () => ({ authorization: `Bearer ${entra.token({ oid: AGENT, issuer: 'https://evil.example/v2.0' })}` })],
    ['an expired token', () => ({ authorization: `Bearer ${entra.token({ oid: AGENT, expiresIn: -3600 })}` })],
    ['a token signed with a shared secret (HS256)', () => ({ authorization: `Bearer ${entra.token({ oid: AGENT, algorithm: 'HS256' })}` })],
  ];

  it.each(refusals)('refuses %s with 401 and no data', async (_name, headers) => {
    const res = await tab(bot.port, '/api/tab/queue', { headers: headers() });
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('WF-7001');
  });

  it('serves the page\'s strings and the health check without a token', async () => {
    expect((await tab(bot.port, '/api/tab/strings')).status).toBe(200);
    expect((await tab(bot.port, '/healthz')).status).toBe(200);
  });

  it('answers 503 (not 401, not 500) while the signing keys cannot be fetched', async () => {
    const fresh = await BotHarness.start(hostedEnv(entra, [AGENT]));
    entra.down = true;
    try {
      const res = await tab(fresh.port, '/api/tab/queue', { token: entra.token({ oid: AGENT }) });
      expect(res.status).toBe(503);
    } finally {
      entra.down = false;
      await fresh.stop();
    }
  });
});
