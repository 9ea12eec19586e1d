import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess } from './support/bot-process';
import { FakeConnector } from './support/fake-connector';
import { SUPPORT_CHANNEL, message, newUser } from './support/activities';
import { ASK_PERSON, settle } from './support/handoff-helpers';

/**
 * SIGTERM in the middle of a burst of handoffs, as App Service sends when it stops or moves an instance:
 * the instance refuses what is new (503, redelivered by Bot Framework), finishes its turns and the sends
 * in flight, and exits 0. After a restart on the same store and the redeliveries, every user has exactly
 * one case, one case card and one notice: nothing lost, nothing half-sent.
 */
describe('graceful shutdown on SIGTERM', () => {
  let connector: FakeConnector;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-sigterm-'));
  let bot: BotProcess | undefined;
  beforeAll(async () => {
    connector = await FakeConnector.start();
  });
  afterAll(async () => {
    await bot?.stop('SIGKILL');
    await connector.close();
  });

  it('finishes what it started, refuses the rest, exits 0, and nothing is lost or sent twice', async () => {
    bot = await new BotProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'info' }).start();
    connector.setDelay(150); // sends stay in flight long enough for the signal to land among them
    const users = Array.from({ length: 30 }, (_, i) => newUser(`Burst${i}x`));
    const activities = users.map((u) => message(connector.url, u, ASK_PERSON));
    const first = bot;
    const posting = activities.map((a, i) => settle(i * 15).then(() => first.post(a).then((r) => r.status, () => 0)));
    await settle(200);
    const exit = await first.stop('SIGTERM');
    const statuses = await Promise.all(posting);
    expect(exit, first.logs()).toEqual({ code: 0, signal: null });
    expect(statuses.every((s) => s === 200 || s === 503 || s === 0)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(first.logs()).toMatch(/"msg":"stopped"/);

    connector.setDelay(0);
    bot = await new BotProcess({ DATA_DIR: dataDir }).start();
    // Bot Framework redelivers what was not answered 200; a redelivery of what was must change nothing.
    for (const activity of activities) expect((await bot.post(activity)).status).toBe(200);
    await settle(2500);
    for (const user of users) {
      const cards = connector.sent(SUPPORT_CHANNEL).filter((r) => r.method === 'POST' && JSON.stringify(r.body).includes(user.name));
      expect(cards, user.name).toHaveLength(1);
      expect(connector.sent(user.conversationId), user.name).toHaveLength(1);
    }
  }, 90_000);
});
