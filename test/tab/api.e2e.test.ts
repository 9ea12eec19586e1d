import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, cardsIn } from '../support/bot-harness';
import { SUPPORT_CHANNEL, asUser, execute, message, newUser } from '../support/activities';
import { actionsOf, openByAsking, userReceives } from '../support/handoff-helpers';
import { act, tab, today } from './support';

const PASTED = 'Unexpected error\nUnable to get the outlookIdentityToken';

describe('the support tab API (local mode)', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start({ SUPPORT_LANGUAGE: 'fr' });
  });
  afterAll(() => bot.stop());

  it('shows a handed-off case in the queue, with who asked, in which language, and why', async () => {
    const opened = await openByAsking(bot);
    const res = await tab(bot.port, '/api/tab/queue');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const item = res.body.cases.find((c: any) => c.id === opened.caseId);
    expect(item).toMatchObject({ ref: opened.ref, user: { name: opened.user.name }, lang: 'en', phase: 'retired', reason: 'asked', state: 'open', overdue: false, reminders: 0 });
    expect(item.lastWords).toContain('outlookIdentityToken');
    expect(Date.parse(item.waitingSince)).toBeLessThanOrEqual(Date.now());
  });

  it('claims and resolves through the same service as the card: events, card update, user notices', async () => {
    const opened = await openByAsking(bot);
    const since = bot.connector.now();
    const claimed = await act(bot.port, opened.caseId, 'claim');
    expect(claimed.status).toBe(200);
    expect(claimed.body.case).toMatchObject({ state: 'claimed', assignee: 'Local agent' });
    await userReceives(bot, opened.user, /Local agent/, since);
    // The card in the channel is updated in place (PUT on the posted activity).
    const update = await bot.connector.waitFor((r) => r.method === 'PUT' && r.conversationId === SUPPORT_CHANNEL && /Local agent/.test(JSON.stringify(r.body)), 5000, since);
    expect(JSON.stringify(cardsIn(update.body)[0])).toContain(opened.ref);
    // Claimed already: the second click is refused with what the case is now.
    const again = await act(bot.port, opened.caseId, 'claim');
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ ok: false, reason: 'invalid-state', case: { state: 'claimed' } });
    const resolved = await act(bot.port, opened.caseId, 'resolve', { note: 'Use Workfront in the browser: =1+1' });
    expect(resolved.status).toBe(200);
    await userReceives(bot, opened.user, /Use Workfront in the browser/, since);
    const queue = await tab(bot.port, '/api/tab/queue');
    expect(queue.body.cases.map((c: any) => c.id)).not.toContain(opened.caseId);
  });

  it('applies a retried click once (same request id)', async () => {
    const opened = await openByAsking(bot);
    const body = { requestId: '6f1c2f8e-1d2a-4c3b-9e4f-5a6b7c8d9e0f' };
    const first = await tab(bot.port, `/api/tab/cases/${opened.caseId}/claim`, { body });
    const retried = await tab(bot.port, `/api/tab/cases/${opened.caseId}/claim`, { body });
    expect([first.status, retried.status]).toEqual([200, 200]);
    const detail = await tab(bot.port, `/api/tab/cases/${opened.caseId}`);
    expect(detail.body.history.filter((h: any) => h.type === 'claimed')).toHaveLength(1);
  });

  it('finds past cases and shows a case page with its whole history in order', async () => {
    const opened = await openByAsking(bot);
    await act(bot.port, opened.caseId, 'resolve', { note: 'Fixed by switching to the web app' });
    await userReceives(bot, opened.user, /switching to the web app/);
    const byRef = await tab(bot.port, `/api/tab/cases?ref=${opened.ref.slice(3)}&state=resolved`);
    expect(byRef.body.cases.map((c: any) => c.id)).toEqual([opened.caseId]);
    const byUser = await tab(bot.port, `/api/tab/cases?user=${encodeURIComponent(opened.user.name.toUpperCase())}&lang=en&from=${today()}&to=${today()}`);
    expect(byUser.body.cases.map((c: any) => c.ref)).toEqual([opened.ref]);
    expect((await tab(bot.port, `/api/tab/cases?words=${encodeURIComponent('nothing worked')}`)).body.cases.length).toBeGreaterThan(0);
    const page = await tab(bot.port, `/api/tab/cases/${opened.caseId}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ ref: opened.ref, state: 'resolved', resolutionNote: 'Fixed by switching to the web app' });
    expect(page.body.words[0]).toContain('outlookIdentityToken');
    const history = page.body.history;
    expect(history.map((h: any) => h.at)).toEqual([...history.map((h: any) => h.at)].sort());
    expect(history.filter((h: any) => h.kind === 'event').map((h: any) => h.type)).toEqual(['opened', 'posted', 'resolved']);
    expect(history.find((h: any) => h.kind === 'exchange' && h.from === 'user').text).toContain('nothing worked');
    const notices = history.filter((h: any) => h.kind === 'message' && h.what === 'notify-user');
    expect(notices.map((n: any) => n.text)).toEqual([expect.stringContaining(opened.ref), expect.stringContaining('switching to the web app')]);
    expect(notices.every((n: any) => typeof n.deliveredAt === 'string')).toBe(true);
    expect(history.some((h: any) => h.what === 'post-case-card' && h.deliveredAt)).toBe(true);
  });

  it('counts answers, handoffs and feedback in the insight figures', async () => {
    const before = (await tab(bot.port, '/api/tab/insight')).body.totals;
    const answered = newUser();
    await bot.post(message(bot.url, answered, PASTED));
    const answer = await bot.connector.waitFor((r) => r.conversationId === answered.conversationId);
    const helped = actionsOf(cardsIn(answer.body)[0]).find((a) => a.verb === 'feedback.helped');
    expect((await bot.post(execute(bot.url, asUser(answered), helped.verb, helped.data, answer.body.id))).status).toBe(200);
    const clicked = newUser();
    await bot.post(message(bot.url, clicked, PASTED));
    const answer2 = await bot.connector.waitFor((r) => r.conversationId === clicked.conversationId);
    const handoff = actionsOf(cardsIn(answer2.body)[0]).find((a) => a.verb === 'handoff');
    await bot.post(execute(bot.url, asUser(clicked), handoff.verb, handoff.data, answer2.body.id));
    await userReceives(bot, clicked, /WF-\d+/);
    const res = await tab(bot.port, `/api/tab/insight?from=${today()}&to=${today()}`);
    expect(res.status).toBe(200);
    const after = res.body.totals;
    // Two messages answered; the click opened a case (asking, not a message); one "This helped".
    expect(after.messages - before.messages).toBe(2);
    expect(after.answers - before.answers).toBe(2);
    expect(after.people - before.people).toBe(2);
    expect(after.peopleWithCase - before.peopleWithCase).toBe(1);
    expect(after.helped - before.helped).toBe(1);
    expect(after.casesByReason.asked - before.casesByReason.asked).toBe(1);
    expect(res.body.daily).toEqual([expect.objectContaining({ day: today(), messages: after.messages })]);
    expect(res.body.days).toEqual({ from: today(), to: today() });
  });

  it('exports the cases and the daily figures as CSV Excel opens: BOM, CRLF, ISO dates, the support language\'s separator', async () => {
    const opened = await openByAsking(bot, 'I need a person: =HYPERLINK("x") the outlookIdentityToken error; nothing worked');
    const res = await tab(bot.port, `/api/tab/export/cases.csv?from=${today()}&to=${today()}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="cases-${today()}-${today()}.csv"`);
    const raw = Buffer.from(await (await fetch(`http://127.0.0.1:${bot.port}/api/tab/export/cases.csv`)).arrayBuffer());
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('reference;opened_at;state;reason;language;phase;user;email;tenant;handled_by;claimed_at;resolved_at;seconds_to_claim;seconds_to_resolve;user_words;resolution_note');
    const row = lines.find((l) => l.startsWith(`${opened.ref};`))!;
    expect(row).toMatch(new RegExp(`^${opened.ref};\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z;(open|waiting);asked;en;retired;`));
    // The user's words are quoted (they hold the separator and quotes) and never start a formula.
    expect(row).toContain('"I need a person: =HYPERLINK(""x"") the outlookIdentityToken error; nothing worked"');
    expect(lines.at(-1)).toBe('');
    const daily = await tab(bot.port, `/api/tab/export/daily.csv?from=${today()}&to=${today()}&sep=comma`);
    const dailyLines = daily.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(dailyLines[0]).toBe('day,messages,answers,helped,not_helped,cases_opened');
    expect(dailyLines[1]).toMatch(new RegExp(`^${today()},\\d+,\\d+,\\d+,\\d+,\\d+$`));
  });

  it('refuses bad input with 400 or 404, never a 5xx', async () => {
    const cases: Array<[string, number]> = [
      ['/api/tab/insight?from=2025-02-30', 400],
      ['/api/tab/insight?from=2025-03-01&to=2025-01-01', 400],
      ['/api/tab/insight?from=2020-01-01&to=2025-01-01', 400],
      ['/api/tab/cases?state=lost', 400],
      ['/api/tab/cases?lang=xx', 400],
      [`/api/tab/cases?words=${'w'.repeat(300)}`, 400],
      ['/api/tab/cases?page=-1', 400],
      ['/api/tab/cases/no-such-case', 404],
      ['/api/tab/export/cases.csv?sep=tab', 400],
    ];
    for (const [path, status] of cases) expect((await tab(bot.port, path)).status, path).toBe(status);
    const opened = await openByAsking(bot);
    const posts: Array<[unknown, number]> = [['not json', 400], [{}, 400], [{ requestId: 'x' }, 400], [{ requestId: '6f1c2f8e-1d2a-4c3b-9e4f-5a6b7c8d9e0a', extra: 1 }, 400]];
    for (const [body, status] of posts) expect((await tab(bot.port, `/api/tab/cases/${opened.caseId}/claim`, { body })).status).toBe(status);
    expect((await act(bot.port, 'no-such-case', 'claim')).status).toBe(404);
    expect((await tab(bot.port, `/api/tab/cases/${opened.caseId}`)).body.state).toBe('open');
  });

  it('serves its strings in the support language without sign-in', async () => {
    const res = await tab(bot.port, '/api/tab/strings');
    expect(res.status).toBe(200);
    expect(res.body.lang).toBe('fr');
    expect(res.body.strings['tab.nav.queue']).toBe('File d’attente');
    expect(res.body.strings['state.claimed']).toBeTruthy();
    const session = await tab(bot.port, '/api/tab/session');
    expect(session.body).toMatchObject({ mode: 'local', agent: { name: 'Local agent' }, today: today(), remindAfterMinutes: 30 });
  });
});
