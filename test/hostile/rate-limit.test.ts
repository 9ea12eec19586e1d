import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, cardsIn } from '../support/bot-harness';
import { SUPPORT_CHANNEL, asUser, execute, message, newUser, type TestUser } from '../support/activities';
import { actionsOf, userMessages, userReceives } from '../support/handoff-helpers';
import { PASTED } from './support';

const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('per-user rate limiting (RATE_LIMIT_PER_MINUTE=20, the default)', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start();
  });
  afterAll(() => bot.stop());

  it('answers a flood of 40 messages with 20 answers and one "slow down", while another user is unaffected', async () => {
    const flooder = newUser('Flood');
    const bystander = newUser('Calm');
    const statuses = await Promise.all(Array.from({ length: 40 }, () => bot.post(message(bot.url, flooder, PASTED)).then((r) => r.status)));
    expect(statuses.every((s) => s === 200)).toBe(true);

    const res = await bot.post(message(bot.url, bystander, PASTED));
    expect(res.status).toBe(200);
    const bystanderReply = await bot.connector.waitFor((r) => r.conversationId === bystander.conversationId, 5000);
    expect(cardsIn(bystanderReply.body)).toHaveLength(1);

    await settle(500);
    const toFlooder = bot.connector.sent(flooder.conversationId);
    const answers = toFlooder.filter((r) => cardsIn(r.body).length === 1);
    const slowDowns = toFlooder.filter((r) => cardsIn(r.body).length === 0);
    expect(answers).toHaveLength(20);
    expect(slowDowns).toHaveLength(1);
    expect(slowDowns[0]!.body.text).toMatch(/quickly|wait/i);
    expect(slowDowns[0]!.body.textFormat).toBe('plain');

    // Still limited: more messages in the same minute get nothing at all.
    for (let i = 0; i < 5; i += 1) expect((await bot.post(message(bot.url, flooder, PASTED))).status).toBe(200);
    await settle(300);
    expect(bot.connector.sent(flooder.conversationId)).toHaveLength(21);
  });
});

describe('card clicks: the same limit, and a repeated click acts once', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start({ RATE_LIMIT_PER_MINUTE: '200' });
  });
  afterAll(() => bot.stop());

  /** The user's answer card, and what its buttons send back. */
  async function answerCard(user: TestUser): Promise<{ id: string; data: (verb: string) => Record<string, unknown> }> {
    await bot.post(message(bot.url, user, PASTED));
    const answer = await bot.connector.waitFor((r) => r.conversationId === user.conversationId, 5000);
    const actions = actionsOf(cardsIn(answer.body)[0]);
    return { id: answer.createdId!, data: (verb) => actions.find((a) => a.verb === verb).data };
  }

  it('opens one case for fifty "Talk to a person" clicks on one card: one card for agents, one notice, no updates', async () => {
    const user = newUser('Clicker');
    const card = await answerCard(user);
    const since = bot.connector.now();
    const click = () => bot.post(execute(bot.url, asUser(user), 'handoff', card.data('handoff'), card.id));
    const answers = [...(await Promise.all(Array.from({ length: 25 }, click)))];
    for (let i = 0; i < 25; i++) answers.push(await click());
    expect(answers.every((a) => a.status === 200 && a.body.statusCode === 200)).toBe(true);
    expect(new Set(answers.map((a) => JSON.stringify(a.body.value))).size).toBe(1);
    await userReceives(bot, user, /WF-\d{4,}/, since);
    await settle(1500);
    const toSupport = bot.connector.sent(SUPPORT_CHANNEL).filter((r) => r.at >= since);
    expect(toSupport.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(toSupport.filter((r) => r.method === 'PUT')).toHaveLength(0);
    expect(userMessages(bot, user, since)).toHaveLength(1);
  });

  it('records "This helped" once for fifty clicks, and answers every one', async () => {
    const user = newUser('Thankful');
    const card = await answerCard(user);
    const answers = await Promise.all(Array.from({ length: 50 }, () => bot.post(execute(bot.url, asUser(user), 'feedback.helped', card.data('feedback.helped'), card.id))));
    expect(answers.every((a) => a.status === 200 && /thanks/i.test(JSON.stringify(a.body)))).toBe(true);
    expect(await feedbackRows(bot)).toBe(1);
  });

  it('counts clicks against the per-minute limit of messages', async () => {
    const limited = await BotHarness.start({ RATE_LIMIT_PER_MINUTE: '5' });
    try {
      const user = newUser();
      const answers = [];
      // Different buttons and cards: none is a repeat, all count.
      for (let i = 0; i < 8; i++) answers.push(await limited.post(execute(limited.url, asUser(user), 'feedback.helped', { verb: 'feedback.helped', lang: 'en' }, `card-${i}`)));
      const texts = answers.map((a) => JSON.stringify(a.body.value));
      expect(texts.filter((t) => /thanks/i.test(t))).toHaveLength(5);
      expect(texts.filter((t) => /quickly/i.test(t))).toHaveLength(3);
    } finally {
      await limited.stop();
    }
  });
});

/** How many "This helped" rows the bot's SQLite file holds (this bot's only helped clicks are the test's). */
async function feedbackRows(bot: BotHarness): Promise<number> {
  const db = new Database(path.join(bot.dataDir, 'support-bot.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM feedback WHERE helped = 1').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
