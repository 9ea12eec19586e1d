import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from './support/bot-harness';
import { SUPPORT_CHANNEL, asAgent, execute, message, newUser } from './support/activities';
import { openByAsking, settle, userReceives } from './support/handoff-helpers';

const TOKEN = 'scrape-me-please-0123456789';
const SECRET_WORDS = 'my manager Priya needs this fixed today';

async function scrape(bot: BotHarness, authorization?: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`http://127.0.0.1:${bot.port}/metrics`, { headers: authorization ? { authorization } : {} });
  return { status: res.status, text: await res.text() };
}

/** The value of one Prometheus sample, by metric name and the labels it must carry. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const lines = text.split('\n').filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
  const match = lines.find((l) => Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return match ? Number(match.slice(match.lastIndexOf(' ') + 1)) : NaN;
}

describe('metrics on GET /metrics (METRICS_TOKEN set, no Application Insights)', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start({ METRICS_TOKEN: TOKEN });
  });
  afterAll(() => bot.stop());

  it('refuses a scrape without the bearer token', async () => {
    expect((await scrape(bot)).status).toBe(401);
    expect((await scrape(bot, 'Bearer wrong-token-0123456789')).status).toBe(401);
  });

  it('counts what real traffic did, and never holds what users wrote', async () => {
    const before = await scrape(bot, `Bearer ${TOKEN}`);
    expect(before.status).toBe(200);
    const user = newUser();
    await bot.post(message(bot.url, user, `Workfront for Outlook says Unable to get the outlookIdentityToken, and ${SECRET_WORDS}`));
    await bot.connector.waitFor((r) => r.conversationId === user.conversationId);
    await bot.post(message(bot.url, newUser(), 'what is on the canteen menu today?'));
    const opened = await openByAsking(bot);
    await bot.post(execute(bot.url, asAgent('Aiko Tan', SUPPORT_CHANNEL, opened.cardRecord.createdId!), 'case.claim', { caseId: opened.caseId }));
    await userReceives(bot, opened.user, /Aiko Tan/);
    await settle(300);

    const after = (await scrape(bot, `Bearer ${TOKEN}`)).text;
    expect(sample(after, 'wfsupport_messages_total', { decision: 'answer', lang: 'en', conversation_type: 'personal' })).toBe(1);
    expect(sample(after, 'wfsupport_messages_total', { decision: 'none' })).toBe(1);
    expect(sample(after, 'wfsupport_messages_total', { decision: 'open-case' })).toBe(1);
    expect(sample(after, 'wfsupport_answer_cards_total', { lang: 'en', phase: 'retired' })).toBe(1);
    expect(sample(after, 'wfsupport_cases_opened_total', { reason: 'asked' })).toBe(1);
    expect(sample(after, 'wfsupport_cases_claimed_total')).toBe(1);
    expect(sample(after, 'wfsupport_cases_time_to_claim_count')).toBe(1);
    expect(sample(after, 'wfsupport_outbox_deliveries_total', { kind: 'post-case-card', result: 'delivered' })).toBe(1);
    expect(sample(after, 'wfsupport_outbox_deliveries_total', { kind: 'notify-user', result: 'delivered' })).toBe(2);
    expect(sample(after, 'wfsupport_turn_duration_count', { activity_type: 'message' })).toBeGreaterThanOrEqual(3);
    expect(sample(after, 'wfsupport_turn_duration_count', { activity_type: 'invoke' })).toBe(1);
    expect(sample(after, 'wfsupport_outbox_pending')).toBe(0);
    expect(sample(after, 'wfsupport_outbox_failed')).toBe(0);
    expect(after).not.toContain(SECRET_WORDS);
    expect(after).not.toContain('canteen');
  });
});

describe('metrics without METRICS_TOKEN', () => {
  it('are not served at all', async () => {
    const bot = await BotHarness.start();
    try {
      expect((await scrape(bot, `Bearer ${TOKEN}`)).status).toBe(404);
    } finally {
      await bot.stop();
    }
  });
});
