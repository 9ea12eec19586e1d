import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, cardsIn } from './support/bot-harness';
import { BOT, SUPPORT_CHANNEL, TENANT, message, newUser } from './support/activities';

const FAQ = 'faq-nested-app-auth-outlook-legacy-tokens';
const TOGGLE = 'turn-exchange-tokens-on-off';
const PASTED = 'Unexpected error\nUnable to get the outlookIdentityToken';

async function ask(bot: BotHarness, text: string, extra: Record<string, unknown> = {}) {
  const user = newUser();
  const since = bot.connector.now();
  const res = await bot.post(message(bot.url, user, text, extra));
  const reply = await bot.connector.waitFor((r) => r.conversationId === user.conversationId, 5000, since);
  return { res, reply, user, cards: cardsIn(reply.body) };
}

describe('answering the error over HTTP (retired phase, today)', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start();
  });
  afterAll(() => bot.stop());

  it('answers the pasted error with the resolution card, no case', async () => {
    const { res, cards, reply } = await ask(bot, PASTED);
    expect(res.status).toBe(200);
    expect(reply.method).toBe('POST');
    expect(cards).toHaveLength(1);
    const card = cards[0];
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    expect(card.lang).toBe('en');
    expect(JSON.stringify(card)).toContain(`learn.microsoft.com/en-us/office/dev/add-ins/outlook/${FAQ}`);
    expect(JSON.stringify(card)).not.toContain(TOGGLE);
    const verbs = JSON.stringify(card);
    for (const verb of ['feedback.helped', 'feedback.notHelped', 'handoff']) expect(verbs).toContain(verb);
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.connector.sent(SUPPORT_CHANNEL)).toHaveLength(0);
  });

  it('answers in the language of the message, not the Teams locale', async () => {
    const { cards } = await ask(bot, "Bonjour, le complément Workfront dans Outlook affiche « Unable to get the outlookIdentityToken », que faire ?", { locale: 'en-US' });
    expect(cards[0].lang).toBe('fr');
    expect(JSON.stringify(cards[0])).toContain('learn.microsoft.com/fr-fr/');
  });

  it('answers something that is not about the error with a short text and no card', async () => {
    const { cards, reply } = await ask(bot, 'My Zoom add-in for Outlook is gone after the update');
    expect(cards).toHaveLength(0);
    expect(reply.body.text).toMatch(/help/i);
    expect(JSON.stringify(reply.body)).not.toContain(FAQ);
  });

  it('shows the help card on "help"', async () => {
    const { cards } = await ask(bot, 'help');
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0])).not.toContain(FAQ);
  });

  it('stays silent in a group chat unless @mentioned, and ignores the mention text', async () => {
    const user = newUser();
    const group = { conversation: { id: `19:group-${user.id}@thread.v2`, conversationType: 'groupChat', isGroup: true, tenantId: TENANT } };
    const since = bot.connector.now();
    await bot.post(message(bot.url, user, PASTED, group));
    await new Promise((r) => setTimeout(r, 400));
    expect(bot.connector.sent(group.conversation.id).filter((r) => r.at >= since)).toHaveLength(0);

    const mention = `<at>${BOT.name}</at>`;
    await bot.post(message(bot.url, user, `${mention} ${PASTED}`, { ...group, entities: [{ type: 'mention', text: mention, mentioned: BOT }] }));
    const reply = await bot.connector.waitFor((r) => r.conversationId === group.conversation.id, 5000, since);
    expect(JSON.stringify(cardsIn(reply.body))).toContain(FAQ);
  });
});

describe.each([
  ['self-service', '2025-05-01T10:00:00Z'],
  ['exception-only', '2025-08-15T10:00:00Z'],
  ['retired', '2025-12-01T10:00:00Z'],
] as const)('the answer on a day of the %s phase', (phase, now) => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start({ BOT_NOW: now });
  });
  afterAll(() => bot.stop());

  it('links the right documents and opens a case only when a person must act', async () => {
    const { cards, user } = await ask(bot, PASTED);
    const json = JSON.stringify(cards[0]);
    expect(json).toContain(FAQ);
    expect(json.includes(TOGGLE)).toBe(phase === 'self-service');
    if (phase === 'exception-only') {
      const caseCard = await bot.connector.waitFor((r) => r.conversationId === SUPPORT_CHANNEL, 5000);
      const ref = JSON.stringify(caseCard.body).match(/WF-\d{4,}/)?.[0];
      expect(ref).toBeDefined();
      expect(json).toContain(ref);
      expect(JSON.stringify(caseCard.body)).toContain(user.name);
    } else {
      await new Promise((r) => setTimeout(r, 300));
      expect(bot.connector.sent(SUPPORT_CHANNEL)).toHaveLength(0);
    }
  });
});

describe('installing the bot', () => {
  it('introduces itself with the help card in the Teams language', async () => {
    const bot = await BotHarness.start();
    try {
      const user = newUser();
      const base = message(bot.url, user, '');
      const { text: _text, ...rest } = base;
      await bot.post({ ...rest, type: 'conversationUpdate', locale: 'de-DE', membersAdded: [{ id: BOT.id }] });
      const reply = await bot.connector.waitFor((r) => r.conversationId === user.conversationId);
      const card = cardsIn(reply.body)[0];
      expect(card.lang).toBe('de');
      expect(JSON.stringify(card)).not.toContain(FAQ);
    } finally {
      await bot.stop();
    }
  });
});
