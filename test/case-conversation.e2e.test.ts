import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/storage/sqlite-store';
import { BotHarness } from './support/bot-harness';
import { BOT, SUPPORT_CHANNEL, asAgent, execute, message, newUser } from './support/activities';
import { caseCardPosts, openByAsking, settle, userMessages, userReceives, type OpenedCase } from './support/handoff-helpers';

/** An agent writing in a thread of the support channel (rooted at `rootId`), @mentioning the bot or not. */
function agentSays(bot: BotHarness, rootId: string, text: string, options: { mention?: boolean; name?: string; channel?: string } = {}): Record<string, any> {
  const where = asAgent(options.name ?? 'Aiko Tan', options.channel ?? SUPPORT_CHANNEL, rootId);
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...message(bot.url, newUser(options.name ?? 'Aiko Tan'), options.mention ? `${mention} ${text}` : text),
    ...where,
    replyToId: rootId,
    ...(options.mention ? { entities: [{ type: 'mention', text: mention, mentioned: BOT }] } : {}),
  };
}

const threadOf = (opened: OpenedCase): string => `${SUPPORT_CHANNEL};messageid=${opened.cardRecord.createdId}`;

async function eventsOf(bot: BotHarness, caseId: string) {
  const store = new SqliteStore({ file: path.join(bot.dataDir, 'support-bot.sqlite'), checkpointEveryMs: 0 });
  try {
    return await store.listEvents(caseId);
  } finally {
    await store.close();
  }
}

describe('the open case as a two-way thread', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start();
  });
  afterAll(() => bot.stop());

  it("carries the user's words to the case thread and the card, and an agent's replies to the user", async () => {
    const opened = await openByAsking(bot);
    const thread = threadOf(opened);
    let since = bot.connector.now();
    await bot.post(message(bot.url, opened.user, "I'm on Outlook for Mac 16.89 if that helps"));
    const reply = await bot.connector.waitFor((r) => r.conversationId === thread && r.method === 'POST', 5000, since);
    expect(reply.body.text).toContain('16.89');
    expect(reply.body.text).toContain(opened.user.name);
    expect(reply.body.textFormat).toBe('plain');
    const card = await bot.connector.waitFor((r) => r.method === 'PUT' && r.activityId === opened.cardRecord.createdId, 5000, since);
    expect(JSON.stringify(card.body)).toContain('16.89');
    await userReceives(bot, opened.user, new RegExp(`${opened.ref}`), since);
    expect(caseCardPosts(bot, opened.user)).toHaveLength(1);

    since = bot.connector.now();
    await bot.post(agentSays(bot, opened.cardRecord.createdId!, 'Hi, I am looking into it: are you on the new Outlook?', { mention: true }));
    const relayed = await userReceives(bot, opened.user, /are you on the new Outlook\?/, since);
    expect(relayed.body.text).toContain('Aiko Tan');
    expect(relayed.body.text).not.toContain('<at>');

    since = bot.connector.now();
    await bot.post(agentSays(bot, opened.cardRecord.createdId!, 'Also, which version of Windows?'));
    await userReceives(bot, opened.user, /which version of Windows/, since);

    since = bot.connector.now();
    await bot.post(message(bot.url, opened.user, 'yes, the new Outlook on Windows 11'));
    const answer = await bot.connector.waitFor((r) => r.conversationId === thread && r.method === 'POST', 5000, since);
    expect(answer.body.text).toContain('the new Outlook on Windows 11');

    await settle(300);
    const types = (await eventsOf(bot, opened.caseId)).map((e) => `${e.type}:${e.detail ?? ''}`);
    expect(types).toEqual(expect.arrayContaining([
      "user-message:I'm on Outlook for Mac 16.89 if that helps",
      'agent-message:Hi, I am looking into it: are you on the new Outlook?',
      'agent-message:Also, which version of Windows?',
      'user-message:yes, the new Outlook on Windows 11',
    ]));
  });

  it('relays nothing from elsewhere: another channel, a thread that is no case, or to another user', async () => {
    const opened = await openByAsking(bot);
    const bystander = await openByAsking(bot);
    const since = bot.connector.now();
    await bot.post(agentSays(bot, opened.cardRecord.createdId!, 'from another channel', { channel: '19:random@thread.tacv2' }));
    await bot.post(agentSays(bot, opened.cardRecord.createdId!, 'from another channel, mentioned', { channel: '19:random@thread.tacv2', mention: true }));
    await bot.post(agentSays(bot, '1700000000999', 'a thread that is no case card'));
    await bot.post(agentSays(bot, opened.cardRecord.createdId!, 'only for the first user'));
    await userReceives(bot, opened.user, /only for the first user/, since);
    await settle(500);
    expect(JSON.stringify(userMessages(bot, opened.user, since))).not.toContain('another channel');
    expect(userMessages(bot, bystander.user, since)).toEqual([]);
  });

  it('ends the relay when the case is resolved: the user is read afresh, agents are told the case is closed', async () => {
    const opened = await openByAsking(bot);
    const thread = threadOf(opened);
    await bot.post(execute(bot.url, asAgent('Aiko Tan', SUPPORT_CHANNEL, opened.cardRecord.createdId!), 'case.resolve', { caseId: opened.caseId, note: 'done' }));
    await userReceives(bot, opened.user, /resolved/);
    const since = bot.connector.now();
    await bot.post(message(bot.url, opened.user, 'what is on the canteen menu today?'));
    await userReceives(bot, opened.user, /I can help with/, since);
    await bot.post(agentSays(bot, opened.cardRecord.createdId!, 'one more thing', { mention: true }));
    const closed = await bot.connector.waitFor((r) => r.conversationId === thread && /is closed/.test(JSON.stringify(r.body)), 5000, since);
    expect(closed.body.text).toContain(opened.ref);
    await settle(400);
    expect(bot.connector.sent(thread).filter((r) => r.at >= since && /canteen/.test(JSON.stringify(r.body)))).toEqual([]);
    expect(JSON.stringify(userMessages(bot, opened.user, since))).not.toContain('one more thing');
  });

  it("keeps an agent's reply for a user Teams cannot reach now, and delivers it later", async () => {
    const opened = await openByAsking(bot);
    await settle(300); // the bot has recorded where the card is (agents answer minutes later, not milliseconds)
    bot.connector.setDown(true);
    const since = bot.connector.now();
    const res = await bot.post(agentSays(bot, opened.cardRecord.createdId!, 'Please restart Outlook'));
    expect(res.status).toBe(200);
    await settle(800);
    bot.connector.setDown(false);
    // The outbox retries with backoff (1 s, 2 s, 4 s...): the next try after the outage delivers it.
    await bot.connector.waitFor((r) => r.conversationId === opened.user.conversationId && /Please restart Outlook/.test(JSON.stringify(r.body)), 15_000, since);
  });
});
