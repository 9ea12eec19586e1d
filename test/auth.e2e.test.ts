import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from './support/bot-harness';
import { message, newUser } from './support/activities';
import { OpenIdServer, channelToken as signedFor, type TokenOptions } from './support/openid-server';

const BOT_ID = '00000000-0000-4000-8000-00000000b07d';
const channelToken = (openId: OpenIdServer, serviceUrl: string, options: TokenOptions = {}): string => signedFor(openId, BOT_ID, serviceUrl, options);
const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
const settle = (ms = 300): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A group-chat message that does not @mention the bot: accepted and handled in silence (no outbound call, which would need Entra ID). */
function silentMessage(serviceUrl: string): Record<string, unknown> {
  const user = newUser();
  const activity = message(serviceUrl, user, 'lunch at noon?');
  return { ...activity, conversation: { ...activity.conversation, conversationType: 'groupChat', isGroup: true } };
}

describe('inbound authentication (BOT_ID set, offline OpenID metadata)', () => {
  let openId: OpenIdServer;
  let bot: BotHarness;
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

  beforeAll(async () => {
    openId = await OpenIdServer.start();
    bot = await BotHarness.start({ BOT_ID, BOT_PASSWORD: 'not-a-real-secret', BOT_OPENID_METADATA: openId.metadataUrl });
  });
  afterAll(async () => {
    await bot.stop();
    await openId.close();
  });

  const refusals: Array<[string, (serviceUrl: string) => Record<string, string>]> = [
    ['no Authorization header', () => ({})],
    ['an empty bearer token', () => ({ authorization: 'Bearer ' })],
    ['a malformed token', () => bearer('not.a.jwt')],
    ['a token that is not a JWT at all', () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
    ['a token signed by another key under the published key id', (url) => bearer(channelToken(openId, url, { key: otherKey }))],
    ['a token signed by an unknown key id', (url) => bearer(channelToken(openId, url, { kid: 'someone-else' }))],
    ['a token for another bot (wrong audience)', (url) => bearer(channelToken(openId, url, { audience: 'another-bot-id' }))],
    ['a token from another issuer', (url) => bearer(channelToken(openId, url, { issuer: 'https://evil.example' }))],
    ['an expired token', (url) => bearer(channelToken(openId, url, { expiresIn: -3600 }))],
    ['a token issued for another serviceUrl', (url) => bearer(channelToken(openId, url, { serviceUrl: 'https://smba.evil.example/' }))],
  ];

  it.each(refusals)('refuses %s with 401 and sends nothing', async (_name, headers) => {
    const user = newUser();
    const res = await bot.post(message(bot.url, user, 'Unable to get the outlookIdentityToken'), headers(bot.url));
    expect(res.status).toBe(401);
    await settle();
    expect(bot.connector.records).toHaveLength(0);
  });

  it('refuses a bad token on an invalid body with 401 too (nothing is revealed before authentication)', async () => {
    const res = await bot.post({ type: 'message', text: 'hi' }, bearer('not.a.jwt'));
    expect(res.status).toBe(401);
  });

  it('accepts a correctly signed channel token', async () => {
    const res = await bot.post(silentMessage(bot.url), bearer(channelToken(openId, bot.url)));
    expect(res.status).toBe(200);
    // The key can only have come from BOT_OPENID_METADATA (botbuilder fetches it once, then caches it).
    expect(openId.requests).toBeGreaterThanOrEqual(2);
    await settle();
    expect(bot.connector.records).toHaveLength(0);
  });

  it('still answers /healthz after the refusals', async () => {
    const res = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
    expect(res.status).toBe(200);
  });
});

describe('inbound authentication: key endorsements', () => {
  it('refuses a token whose key is not endorsed for the activity channel', async () => {
    const openId = await OpenIdServer.start(['skype']);
    const bot = await BotHarness.start({ BOT_ID, BOT_PASSWORD: 'not-a-real-secret', BOT_OPENID_METADATA: openId.metadataUrl });
    try {
      const res = await bot.post(silentMessage(bot.url), bearer(channelToken(openId, bot.url)));
      expect(res.status).toBe(401);
      expect(openId.requests).toBeGreaterThan(0);
    } finally {
      await bot.stop();
      await openId.close();
    }
  });
});

describe('inbound authentication: signing keys unavailable', () => {
  it('answers 503 (not 500, not 200) when the OpenID metadata cannot be read, and sends nothing', async () => {
    const down = http.createServer((_req, res) => {
      res.writeHead(500);
      res.end();
    });
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    const openId = await OpenIdServer.start();
    const metadata = `http://127.0.0.1:${(down.address() as AddressInfo).port}/.well-known/openidconfiguration`;
    const bot = await BotHarness.start({ BOT_ID, BOT_PASSWORD: 'not-a-real-secret', BOT_OPENID_METADATA: metadata });
    try {
      const res = await bot.post(silentMessage(bot.url), bearer(channelToken(openId, bot.url)));
      expect(res.status).toBe(503);
      expect(bot.connector.records).toHaveLength(0);
    } finally {
      await bot.stop();
      await openId.close();
      await new Promise<void>((resolve) => down.close(() => resolve()));
    }
  });
});
