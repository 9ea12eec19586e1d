import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness';
import { asUser, execute, message, newUser } from '../support/activities';
import { expectStillServing, rawPost } from './support';

const JSON_TYPE = { 'content-type': 'application/json' };

/** Hostile or broken HTTP input: always a clear 4xx (or a polite 200), never a 5xx, crash or hang. */
describe('hostile HTTP input', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start();
  });
  afterAll(() => bot.stop());

  it('refuses a body over MAX_BODY_KB (256 KB) with 413', async () => {
    const activity = message(bot.url, newUser(), 'x'.repeat(300 * 1024));
    const res = await rawPost(bot, JSON.stringify(activity), JSON_TYPE);
    expect(res.status).toBe(413);
  });

  it('refuses a body just over the limit made of padding fields with 413', async () => {
    const activity = { ...message(bot.url, newUser(), 'hi'), padding: 'p'.repeat(256 * 1024) };
    const res = await rawPost(bot, JSON.stringify(activity), JSON_TYPE);
    expect(res.status).toBe(413);
  });

  it.each([
    ['truncated JSON', '{"type":"message","text":"hi"'],
    ['not JSON at all', 'hello bot'],
    ['a JSON string', '"message"'],
    ['a JSON array', '[{"type":"message"}]'],
    ['JSON null', 'null'],
    ['an empty body', ''],
  ])('refuses %s with 400', async (_name, body) => {
    const res = await rawPost(bot, body, JSON_TYPE);
    expect(res.status).toBe(400);
  });

  it('refuses a body that is not JSON by content type with a 4xx', async () => {
    const res = await rawPost(bot, 'type=message&text=hi', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  const valid = (): Record<string, any> => message(bot.url, newUser(), 'Unable to get the outlookIdentityToken');
  it.each([
    ['no type', (a: Record<string, any>) => delete a.type],
    ['no from', (a: Record<string, any>) => delete a.from],
    ['no conversation', (a: Record<string, any>) => delete a.conversation],
    ['no serviceUrl', (a: Record<string, any>) => delete a.serviceUrl],
    ['no channelId', (a: Record<string, any>) => delete a.channelId],
    ['a numeric type', (a: Record<string, any>) => (a.type = 7)],
    ['text as an object', (a: Record<string, any>) => (a.text = { evil: true })],
    ['text as an array', (a: Record<string, any>) => (a.text = ['a', 'b'])],
    ['from as a string', (a: Record<string, any>) => (a.from = '29:someone')],
    ['from.id as a number', (a: Record<string, any>) => (a.from = { id: 42 })],
    ['conversation.id empty', (a: Record<string, any>) => (a.conversation = { id: '' })],
    ['serviceUrl not a URL', (a: Record<string, any>) => (a.serviceUrl = 'not a url')],
    ['serviceUrl with a file: scheme', (a: Record<string, any>) => (a.serviceUrl = 'file:///etc/passwd')],
    ['locale as a number', (a: Record<string, any>) => (a.locale = 1033)],
    ['an unknown activity type', (a: Record<string, any>) => (a.type = 'exfiltrate')],
    ['an empty activity type', (a: Record<string, any>) => (a.type = '')],
    ['null entities', (a: Record<string, any>) => (a.entities = [null, null])],
    ['an entity without a type', (a: Record<string, any>) => (a.entities = [{ text: 'x' }])],
    ['a mention without text', (a: Record<string, any>) => (a.entities = [{ type: 'mention', mentioned: { id: a.recipient.id } }])],
    ['a mention without mentioned.id', (a: Record<string, any>) => (a.entities = [{ type: 'Mention', text: '<at>x</at>' }])],
    ['a mention of the bot but no text', (a: Record<string, any>) => {
      delete a.text;
      a.entities = [{ type: 'mention', text: '<at>Bot</at>', mentioned: a.recipient }];
    }],
    ['a tenant id that is an object', (a: Record<string, any>) => (a.channelData = { tenant: { id: { $ne: null } } })],
    ['a channel id that is a number', (a: Record<string, any>) => (a.channelData = { channel: { id: 19 } })],
    ['channelData as a string', (a: Record<string, any>) => (a.channelData = 'msteams')],
    ['a conversation id with control characters', (a: Record<string, any>) => (a.conversation.id = 'a:conv\r\nX-Injected: 1')],
  ])('refuses an activity with %s with 400 and sends nothing', async (_name, mutate) => {
    const activity = valid();
    mutate(activity);
    const res = await bot.post(activity);
    expect(res.status).toBe(400);
    await new Promise((r) => setTimeout(r, 100));
    expect(bot.connector.sent(activity.conversation?.id ?? 'none')).toHaveLength(0);
  });

  it.each([
    ['an unknown card verb', execute('', asUser(newUser()), 'delete.everything')],
    ['an invoke name the bot does not offer', { ...execute('', asUser(newUser()), 'handoff'), name: 'composeExtension/query' }],
    ['an adaptiveCard/action without an action', { ...execute('', asUser(newUser()), 'handoff'), value: { junk: true } }],
  ])('answers %s with a 4xx, not 501', async (_name, activity) => {
    const res = await bot.post({ ...activity, serviceUrl: bot.url });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('answers a 100,000-character message politely (200 and a reply), or refuses it clearly', async () => {
    const user = newUser();
    const since = Date.now();
    const text = `${'Unable to get the outlookIdentityToken '.repeat(10)}${'lorem ipsum '.repeat(9000)}`.slice(0, 100_000);
    const started = Date.now();
    const res = await bot.post(message(bot.url, user, text));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(res.status === 200 || (res.status >= 400 && res.status < 500)).toBe(true);
    if (res.status === 200) await bot.connector.waitFor((r) => r.conversationId === user.conversationId, 5000, since);
  });

  const oddTexts: Array<[string, string]> = [
    ['RTL override and marks', '\u202EnekoTytitnedIkooltuo\u202C \u200F\u200E Unable to get the outlookIdentityToken'],
    ['zero-width characters', 'outlook\u200BIdentity\u200CToken\u200D error\uFEFF'],
    ['emoji and ZWJ sequences', '👩🏽‍💻🔥🔥 Workfront 💥 outlookIdentityToken 🙏🏳️‍🌈'],
    ['a lone high surrogate', 'Unable to get the outlookIdentityToken \uD800 end'],
    ['a lone low surrogate', '\uDFFF\uDFFF outlookIdentityToken'],
    ['NUL and control characters', 'Unable\u0000 to get\u0001\u0007\u001b[31m the outlookIdentityToken\u0000'],
    ['only whitespace', ' \n\t \u00A0\u3000 '],
    ['combining marks (zalgo)', 'o\u0336\u0337\u0338\u0489u\u0335\u0336tlookIdentityToken\u0301\u0302\u0303'.repeat(50)],
    ['mixed scripts', 'Outlookで「Unable to get the outlookIdentityToken」が出ます 오류 错误 خطأ'],
  ];
  it.each(oddTexts)('handles %s with a 200 and a reply, never a 5xx', async (_name, text) => {
    const user = newUser();
    const since = Date.now();
    const res = await bot.post(message(bot.url, user, text));
    expect(res.status).toBe(200);
    const reply = await bot.connector.waitFor((r) => r.conversationId === user.conversationId, 5000, since);
    expect(reply.body.type).toBe('message');
  });

  it('handles a raw (unescaped) invalid UTF-8 byte sequence without a 5xx', async () => {
    const activity = JSON.stringify(message(bot.url, newUser(), 'PLACEHOLDER'));
    const [before, after] = activity.split('PLACEHOLDER') as [string, string];
    const body = Buffer.concat([Buffer.from(before), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from(after)]);
    const res = await rawPost(bot, body, JSON_TYPE);
    expect(res.status).toBeLessThan(500);
  });

  it('is still healthy and answering afterwards', async () => {
    await expectStillServing(bot);
  });
});
