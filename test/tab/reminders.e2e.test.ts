import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness';
import { SUPPORT_CHANNEL } from '../support/activities';
import type { ConnectorRecord } from '../support/fake-connector';
import { openByAsking, settle } from '../support/handoff-helpers';
import { act, tab } from './support';

/** Replies in a thread of the support channel: "<channel id>;messageid=<root post>". */
const inThread = (r: ConnectorRecord, ref: string): boolean =>
  r.method === 'POST' && (r.conversationId ?? '').startsWith(`${SUPPORT_CHANNEL};messageid=act-`) && String(r.body?.text).includes(ref);

describe('reminders for unclaimed cases (SUPPORT_REMIND_AFTER_MINUTES=0.02, about 1.2 s)', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start({ SUPPORT_REMIND_AFTER_MINUTES: '0.02' });
  });
  afterAll(() => bot.stop());

  it('replies in the case card\'s thread three times at most, and the queue shows the case overdue', async () => {
    const opened = await openByAsking(bot);
    for (const n of [1, 2, 3]) {
      const reminder = await bot.connector.waitFor((r) => inThread(r, opened.ref) && String(r.body.text).startsWith(`Reminder ${n} of 3`), 6000);
      expect(reminder.body.text).toMatch(new RegExp(`^Reminder ${n} of 3: case ${opened.ref}, opened .+, is still waiting for an agent\\.$`));
    }
    const queue = await tab(bot.port, '/api/tab/queue');
    expect(queue.body.cases.find((c: any) => c.id === opened.caseId)).toMatchObject({ overdue: true, reminders: 3 });
    await settle(2500);
    expect(bot.connector.sent().filter((r) => inThread(r, opened.ref))).toHaveLength(3);
    const page = await tab(bot.port, `/api/tab/cases/${opened.caseId}`);
    expect(page.body.history.filter((h: any) => h.type === 'reminded').map((h: any) => h.detail)).toEqual(['1', '2', '3']);
    expect(page.body.history.filter((h: any) => h.what === 'remind-agents' && h.deliveredAt)).toHaveLength(3);
  });

  it('sends none once the case is claimed', async () => {
    const opened = await openByAsking(bot);
    expect((await act(bot.port, opened.caseId, 'claim')).status).toBe(200);
    await settle(2500);
    expect(bot.connector.sent().filter((r) => inThread(r, opened.ref))).toHaveLength(0);
    const queue = await tab(bot.port, '/api/tab/queue');
    expect(queue.body.cases.find((c: any) => c.id === opened.caseId)).toMatchObject({ overdue: false, reminders: 0 });
  });
});
