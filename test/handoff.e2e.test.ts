import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, cardsIn } from './support/bot-harness';
import { SUPPORT_CHANNEL, asAgent, asUser, channelMention, execute, message, newUser } from './support/activities';
import { ASK_PERSON, actionsOf, caseCardFor, caseCardPosts, openByAsking, settle, userMessages, userReceives, verbsOf } from './support/handoff-helpers';

const PASTED = 'Unexpected error\nUnable to get the outlookIdentityToken';

describe('handing a case to a person (retired phase)', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start();
  });
  afterAll(() => bot.stop());

  it('opens a case when the user asks for a person: case card for agents, reference for the user', async () => {
    const opened = await openByAsking(bot);
    expect(opened.ref).toMatch(/^WF-\d{4,}$/);
    const text = JSON.stringify(opened.card);
    expect(text).toContain(opened.user.name);
    expect(text).toContain('outlookIdentityToken error, nothing worked');
    // What the recognizer matched, so the agent sees why the bot handed over.
    expect(text).toContain('human-request');
    expect(verbsOf(opened.card)).toEqual(['case.claim', 'case.resolve']);
    const notice = await userReceives(bot, opened.user, new RegExp(opened.ref));
    expect(notice.body.text).toContain('status');
  });

  it('opens a case from the answer card: "Talk to a person" and "Still not working"', async () => {
    for (const verb of ['handoff', 'feedback.notHelped']) {
      const user = newUser();
      await bot.post(message(bot.url, user, PASTED));
      const answer = await bot.connector.waitFor((r) => r.conversationId === user.conversationId);
      const action = actionsOf(cardsIn(answer.body)[0]).find((a) => a.verb === verb);
      expect(action).toBeDefined();
      const since = bot.connector.now();
      const res = await bot.post(execute(bot.url, asUser(user), action.verb, action.data, answer.body.id));
      expect(res.status).toBe(200);
      expect(res.body.statusCode).toBe(200);
      const posted = await caseCardFor(bot, user, since);
      const ref = JSON.stringify(posted.body).match(/WF-\d{4,}/)?.[0];
      await userReceives(bot, user, new RegExp(ref!), since);
    }
  });

  it('continues in the language of the card that was clicked, also for Action.Submit clients', async () => {
    const user = newUser();
    await bot.post(message(bot.url, user, "Bonjour, Workfront dans Outlook m'affiche Unable to get the outlookIdentityToken, que faire ?"));
    const answer = await bot.connector.waitFor((r) => r.conversationId === user.conversationId);
    const card = cardsIn(answer.body)[0];
    expect(card.lang).toBe('fr');
    const action = actionsOf(card).find((a) => a.verb === 'handoff');
    const since = bot.connector.now();
    // An older client posts the card's data back as a message with `value` (Action.Submit).
    const submit: Record<string, unknown> = { ...message(bot.url, user, ''), locale: 'en-US', replyToId: answer.body.id, value: action.data };
    delete submit.text;
    await bot.post(submit);
    const notice = await userReceives(bot, user, /WF-\d{4,}/, since);
    expect(notice.body.text).toMatch(/dossier/);
    await settle(400);
    expect(userMessages(bot, user, since)).toHaveLength(1);
  });

  it('records "This helped" and thanks the user without opening a case', async () => {
    const user = newUser();
    const res = await bot.post(execute(bot.url, asUser(user), 'feedback.helped', { verb: 'feedback.helped' }));
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.activity.message');
    await settle();
    expect(caseCardPosts(bot, user)).toHaveLength(0);
  });

  it('keeps one open case per user: a second request adds to it', async () => {
    const opened = await openByAsking(bot);
    const since = bot.connector.now();
    await bot.post(message(bot.url, opened.user, 'I need a person for the outlookIdentityToken error, still broken after restart'));
    await userReceives(bot, opened.user, new RegExp(opened.ref), since);
    const update = await bot.connector.waitFor((r) => r.method === 'PUT' && r.activityId === opened.cardRecord.body?.id || (r.method === 'PUT' && JSON.stringify(r.body).includes('still broken after restart')), 5000, since);
    expect(JSON.stringify(update.body)).toContain('still broken after restart');
    expect(caseCardPosts(bot, opened.user)).toHaveLength(1);
  });

  it('lets an agent in the support channel claim, resolve and reopen; the user hears of each', async () => {
    const opened = await openByAsking(bot);
    const agent = asAgent('Agent Rivera');
    let since = bot.connector.now();
    const claimed = await bot.post(execute(bot.url, agent, 'case.claim', { caseId: opened.caseId }));
    expect(claimed.status).toBe(200);
    expect(claimed.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(claimed.body.value)).toContain('Agent Rivera');
    expect(verbsOf(claimed.body.value)).toEqual(['case.resolve']);
    await userReceives(bot, opened.user, /Agent Rivera/, since);
    await bot.connector.waitFor((r) => r.method === 'PUT' && r.conversationId === SUPPORT_CHANNEL && JSON.stringify(r.body).includes('Agent Rivera'), 5000, since);

    since = bot.connector.now();
    const resolved = await bot.post(execute(bot.url, agent, 'case.resolve', { caseId: opened.caseId, note: 'Use Workfront in the browser' }));
    expect(verbsOf(resolved.body.value)).toEqual(['case.reopen']);
    await userReceives(bot, opened.user, /Use Workfront in the browser/, since);

    since = bot.connector.now();
    const reopened = await bot.post(execute(bot.url, agent, 'case.reopen', { caseId: opened.caseId }));
    expect(verbsOf(reopened.body.value)).toContain('case.claim');
    await userReceives(bot, opened.user, new RegExp(opened.ref), since);
  });

  it('refuses agent actions from outside the support channel and changes nothing', async () => {
    const opened = await openByAsking(bot);
    const intruder = newUser('Mallory');
    const elsewhere = asAgent('Mallory', '19:some-other-channel@thread.tacv2');
    const toldBefore = userMessages(bot, opened.user).length;
    for (const where of [asUser(intruder), elsewhere]) {
      const res = await bot.post(execute(bot.url, where, 'case.claim', { caseId: opened.caseId }));
      expect(res.status).toBe(200);
      expect(res.body.statusCode).toBe(403);
      expect(res.body.type).toBe('application/vnd.microsoft.error');
    }
    await settle(400);
    expect(userMessages(bot, opened.user)).toHaveLength(toldBefore);
    const claimed = await bot.post(execute(bot.url, asAgent('Agent Lee'), 'case.claim', { caseId: opened.caseId }));
    expect(JSON.stringify(claimed.body.value)).toContain('Agent Lee');
  });

  it('gives exactly one of two agents claiming at once the case; the other sees who holds it', async () => {
    const opened = await openByAsking(bot);
    const since = bot.connector.now();
    const [a, b] = await Promise.all([
      bot.post(execute(bot.url, asAgent('Agent One'), 'case.claim', { caseId: opened.caseId })),
      bot.post(execute(bot.url, asAgent('Agent Two'), 'case.claim', { caseId: opened.caseId })),
    ]);
    const holders = [a, b].map((r) => (JSON.stringify(r.body.value).includes('Agent One') ? 'one' : 'two'));
    expect(holders[0]).toBe(holders[1]);
    await settle(500);
    expect(userMessages(bot, opened.user, since).filter((r) => /Agent (One|Two)/.test(JSON.stringify(r.body)))).toHaveLength(1);
  });

  it('opens one case for an activity delivered three times', async () => {
    const user = newUser();
    const activity = message(bot.url, user, ASK_PERSON);
    await Promise.all([bot.post(activity), bot.post(activity)]);
    await bot.post(activity);
    await caseCardFor(bot, user);
    await settle(500);
    expect(caseCardPosts(bot, user)).toHaveLength(1);
    expect(userMessages(bot, user)).toHaveLength(1);
  });

  it('answers "status" and "cancel" in the user\'s chat', async () => {
    const opened = await openByAsking(bot);
    let since = bot.connector.now();
    await bot.post(message(bot.url, opened.user, 'status'));
    await userReceives(bot, opened.user, new RegExp(opened.ref), since);
    since = bot.connector.now();
    await bot.post(message(bot.url, opened.user, 'cancel'));
    await userReceives(bot, opened.user, new RegExp(opened.ref), since);
    await bot.connector.waitFor((r) => r.method === 'PUT' && JSON.stringify(r.body).includes(opened.ref), 5000, since);
  });

  it('lists open cases in the support channel on "@bot cases"', async () => {
    const opened = await openByAsking(bot);
    const since = bot.connector.now();
    const activity = channelMention(bot.url, 'cases');
    await bot.post(activity);
    const list = await bot.connector.waitFor((r) => r.conversationId === activity.conversation.id, 5000, since);
    expect(list.body.text).toContain(opened.ref);
  });
});

describe.each([
  ['self-service', '2025-05-01T10:00:00Z'],
  ['exception-only', '2025-08-15T10:00:00Z'],
] as const)('handing off on a day of the %s phase', (_phase, now) => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start({ BOT_NOW: now });
  });
  afterAll(() => bot.stop());

  it('opens a case for a typed request and for each answer-card button', async () => {
    const typed = await openByAsking(bot);
    await userReceives(bot, typed.user, new RegExp(typed.ref));
    for (const verb of ['handoff', 'feedback.notHelped']) {
      const user = newUser();
      const since = bot.connector.now();
      await bot.post(execute(bot.url, asUser(user), verb, { verb }));
      await caseCardFor(bot, user, since);
    }
  });
});
