import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge';
import { BotHarness, cardsIn } from './support/bot-harness';
import { asUser, execute, message, newUser, type TestUser } from './support/activities';
import { actionsOf, caseCardFor, settle, userMessages } from './support/handoff-helpers';

const FAQ = 'faq-nested-app-auth-outlook-legacy-tokens';
const knowledge = loadKnowledge();

/** Sends one message and returns what the user got back once the bot is quiet. */
async function say(bot: BotHarness, user: TestUser, text: string, locale = 'en-US'): Promise<Array<{ text?: string; card?: any }>> {
  const since = bot.connector.now();
  const res = await bot.post({ ...message(bot.url, user, text), locale });
  expect(res.status).toBe(200);
  await bot.connector.waitFor((r) => r.conversationId === user.conversationId, 5000, since).catch(() => undefined);
  await settle(300);
  return userMessages(bot, user, since).map((r) => ({ text: r.body.text, card: cardsIn(r.body)[0] }));
}

function feedbackOf(bot: BotHarness, user: TestUser): Array<{ helped: number }> {
  const db = new Database(path.join(bot.dataDir, 'support-bot.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT helped FROM feedback WHERE user_key = ?').all(user.aadObjectId) as Array<{ helped: number }>;
  } finally {
    db.close();
  }
}

const ERROR = 'Workfront for Outlook says "Unable to get the outlookIdentityToken"';

describe('a conversation after the answer card (retired phase)', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start();
  });
  afterAll(() => bot.stop());

  it('opens a case when the user types that it did not help, recorded as "Still not working"', async () => {
    const user = newUser();
    expect(JSON.stringify(await say(bot, user, ERROR))).toContain(FAQ);
    const since = bot.connector.now();
    await bot.post(message(bot.url, user, "that didn't help, same error after restarting"));
    const card = await caseCardFor(bot, user, since);
    expect(JSON.stringify(card.body)).toContain(knowledge.t('en', 'reason.not-helped'));
    await settle(300);
    expect(feedbackOf(bot, user)).toEqual([{ helped: 0 }]);
  });

  it('thanks the user briefly and records "This helped"; no card, no case', async () => {
    const user = newUser();
    await say(bot, user, ERROR);
    const replies = await say(bot, user, 'thanks, makes sense');
    expect(replies).toEqual([{ text: knowledge.t('en', 'followUp.ack.afterAnswer'), card: undefined }]);
    expect(feedbackOf(bot, user)).toEqual([{ helped: 1 }]);
  });

  it("answers a follow-up question with today's short answer and a Talk to a person button that opens a case", async () => {
    const user = newUser();
    await say(bot, user, ERROR);
    const [reply] = await say(bot, user, 'can my admin turn it back on?');
    const card = reply?.card;
    expect(JSON.stringify(card)).toContain(JSON.stringify(knowledge.followUp('en', 'admin', 'retired').text).slice(1, -1));
    expect(JSON.stringify(card)).not.toContain(FAQ);
    const handoff = actionsOf(card).find((a) => a.verb === 'handoff');
    const since = bot.connector.now();
    await bot.post(execute(bot.url, asUser(user), 'handoff', handoff.data, 'follow-up-card'));
    await caseCardFor(bot, user, since);
  });

  it('says honestly when it cannot answer a question about the problem, and keeps the off-topic line for other subjects', async () => {
    const user = newUser();
    await say(bot, user, ERROR);
    const [unknown] = await say(bot, user, 'is there an official announcement about this?');
    expect(JSON.stringify(unknown?.card)).toContain(knowledge.t('en', 'followUp.cannotAnswer').replace(/"/g, '\\"'));
    const [canteen] = await say(bot, user, "what's on the canteen menu today?");
    expect(canteen?.text).toBe(knowledge.t('en', 'none.reply'));
  });

  it('answers a thank-you out of the blue politely, in its language', async () => {
    const replies = await say(bot, newUser(), 'merci beaucoup !', 'fr-FR');
    expect(replies).toEqual([{ text: knowledge.t('fr', 'followUp.ack.generic'), card: undefined }]);
  });

  it('keeps the context across a restart (it lives in the store)', async () => {
    const user = newUser();
    await say(bot, user, ERROR);
    await bot.restart();
    const since = bot.connector.now();
    await bot.post(message(bot.url, user, 'still broken'));
    await caseCardFor(bot, user, since);
  });
});

describe('follow-up answers follow the timeline', () => {
  it('says an admin can still turn the tokens back on, when asked before 30 June 2025', async () => {
    const bot = await BotHarness.start({ BOT_NOW: '2025-06-10T09:00:00Z' });
    try {
      const user = newUser();
      await say(bot, user, 'the Workfront Outlook add-in keeps failing to sign in');
      const [reply] = await say(bot, user, 'can my admin turn it back on?');
      const text = JSON.stringify(reply?.card);
      expect(text).toContain(JSON.stringify(knowledge.followUp('en', 'admin', 'self-service').text).slice(1, -1));
      expect(text).not.toContain(JSON.stringify(knowledge.followUp('en', 'admin', 'retired').text).slice(1, -1));
    } finally {
      await bot.stop();
    }
  });
});
