import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, cardsIn } from '../support/bot-harness';
import { message, newUser } from '../support/activities';
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
