import { afterEach, describe, expect, it } from 'vitest';
import { BotHarness, cardsIn } from './support/bot-harness';
import { SUPPORT_CHANNEL, TENANT, asAgent, channelMention, execute, message, newUser } from './support/activities';
import { ASK_PERSON, caseCardFor, caseCardPosts, openByAsking, settle, userMessages, userReceives } from './support/handoff-helpers';

describe('never losing a case', () => {
  let bot: BotHarness | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  it('delivers notifications once the connector is back, exactly once', async () => {
    bot = await BotHarness.start();
    const user = newUser();
    bot.connector.setDown(true);
    const res = await bot.post(message(bot.url, user, ASK_PERSON));
    expect(res.status).toBe(200);
    await settle(800);
    expect(caseCardPosts(bot, user)).toHaveLength(0);
    bot.connector.setDown(false);
    await caseCardFor(bot, user);
    await userReceives(bot, user, /WF-\d{4,}/);
    await settle(1500);
    expect(caseCardPosts(bot, user)).toHaveLength(1);
    expect(userMessages(bot, user)).toHaveLength(1);
  });

  it('keeps cases, conversation state and pending notifications across a restart on the same DATA_DIR', async () => {
    bot = await BotHarness.start();
    const opened = await openByAsking(bot);
    // A notification that cannot go out before the restart must still go out after it.
    bot.connector.setDown(true);
    await bot.post(execute(bot.url, asAgent('Agent Before'), 'case.claim', { caseId: opened.caseId }));
    await bot.restart();
    bot.connector.setDown(false);
    await userReceives(bot, opened.user, /Agent Before/);
    const since = bot.connector.now();
    const resolved = await bot.post(execute(bot.url, asAgent('Agent After'), 'case.resolve', { caseId: opened.caseId, note: 'done' }));
    expect(resolved.body.statusCode).toBe(200);
    await userReceives(bot, opened.user, new RegExp(opened.ref), since);
    // The conversation remembers it was about the token error: a bare request for a person opens a new case.
    const again = bot.connector.now();
    await bot.post(message(bot.url, opened.user, 'can I talk to a person please'));
    await caseCardFor(bot, opened.user, again);
  });

  it('keeps cases waiting while no support channel is known, and posts them once one is registered', async () => {
    bot = await BotHarness.start({ SUPPORT_CHANNEL_ID: '', BOT_TENANT_ID: TENANT });
    const user = newUser();
    await bot.post(message(bot.url, user, ASK_PERSON));
    await userReceives(bot, user, /WF-\d{4,}/);
    await settle(600);
    expect(bot.connector.sent().filter((r) => r.conversationId !== user.conversationId)).toHaveLength(0);
    const registration = channelMention(bot.url, 'use this channel for support', '19:new-support@thread.tacv2');
    await bot.post(registration);
    const posted = await bot.connector.waitFor((r) => r.conversationId === '19:new-support@thread.tacv2' && JSON.stringify(r.body).includes(user.name), 10_000);
    expect(cardsIn(posted.body)).toHaveLength(1);
    expect(bot.connector.sent(SUPPORT_CHANNEL)).toHaveLength(0);
  });
});
