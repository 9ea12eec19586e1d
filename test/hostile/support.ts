import http from 'node:http';
import { expect } from 'vitest';
import { BotHarness, cardsIn, type PostResult } from '../support/bot-harness';
import { message, newUser } from '../support/activities';

export const PASTED = 'Unexpected error\nUnable to get the outlookIdentityToken';

/** POST /api/messages with any bytes and headers (BotHarness.post always sends JSON). */
export function rawPost(bot: BotHarness, body: string | Buffer, headers: Record<string, string>, timeoutMs = 10_000): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: bot.port, path: '/api/messages', method: 'POST', headers: { 'content-length': String(Buffer.byteLength(body)), ...headers }, timeout: timeoutMs },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    // A refused upload may be cut short by the server; what counts is the status it answered.
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms (hang)`)));
    req.on('error', reject);
    req.end(body);
  });
}

export async function healthz(bot: BotHarness): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
  return res.status;
}

/** The bot is still fine: /healthz answers 200 and a new user pasting the error gets the resolution card. */
export async function expectStillServing(bot: BotHarness): Promise<void> {
  expect(await healthz(bot)).toBe(200);
  const user = newUser();
  const since = Date.now();
  const res = await bot.post(message(bot.url, user, PASTED));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const reply = await bot.connector.waitFor((r) => r.conversationId === user.conversationId, 5000, since);
  expect(cardsIn(reply.body)).toHaveLength(1);
  expect(JSON.stringify(reply.body)).toContain('faq-nested-app-auth-outlook-legacy-tokens');
}
