import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/storage/sqlite-store';
import { BotHarness } from './support/bot-harness';
import { TENANT, channelMention, message, newUser } from './support/activities';
import { ASK_PERSON, settle, userReceives } from './support/handoff-helpers';

const REGISTER = 'use this channel for support';
const HOME_DESK = '19:home-support@thread.tacv2';
const STRANGER_DESK = '19:stranger-desk@thread.tacv2';

/** "@bot use this channel for support" typed in a channel of some tenant, by someone. */
function registration(serviceUrl: string, channelId: string, tenantId = TENANT, name = 'Ada Admin'): Record<string, any> {
  const activity = channelMention(serviceUrl, REGISTER, channelId, name);
  return { ...activity, conversation: { ...activity.conversation, tenantId }, channelData: { ...activity.channelData, tenant: { id: tenantId } } };
}

/** What the bot answered in the thread where the registration was typed. */
function replyIn(bot: BotHarness, activity: Record<string, any>): string {
  return bot.connector.sent(activity.conversation.id).map((r) => String(r.body?.text ?? '')).join('\n');
}

async function auditOf(bot: BotHarness): Promise<unknown[]> {
  const store = new SqliteStore({ file: path.join(bot.dataDir, 'support-bot.sqlite'), checkpointEveryMs: 0 });
  try {
    return await store.listAudit(10);
  } finally {
    await store.close();
  }
}

/** A user's case waiting for a support channel (none is configured). */
async function pendingCase(bot: BotHarness) {
  const user = newUser();
  await bot.post(message(bot.url, user, ASK_PERSON));
  await userReceives(bot, user, /WF-\d{4,}/);
  return user;
}

describe('registering the support channel from Teams', () => {
  let bot: BotHarness | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  it('never hands the desk, or its waiting cases, to a channel of another tenant; the home tenant registers it', async () => {
    bot = await BotHarness.start({ SUPPORT_CHANNEL_ID: '', BOT_TENANT_ID: TENANT });
    const user = await pendingCase(bot);
    const stranger = registration(bot.url, STRANGER_DESK, 'tenant-of-someone-else', 'Mallory');
    expect((await bot.post(stranger)).status).toBe(200);
    await settle(1500);
    expect(replyIn(bot, stranger)).toMatch(/Only support agents/);
    expect(bot.connector.sent().filter((r) => r.conversationId?.startsWith(STRANGER_DESK) && JSON.stringify(r.body).includes(user.name))).toEqual([]);

    const admin = registration(bot.url, HOME_DESK);
    await bot.post(admin);
    await bot.connector.waitFor((r) => r.conversationId === HOME_DESK && JSON.stringify(r.body).includes(user.name), 10_000);
    expect(replyIn(bot, admin)).toMatch(/will now receive support cases/);
    expect(await auditOf(bot)).toEqual([
      expect.objectContaining({ type: 'support-channel-registered', detail: HOME_DESK, actor: expect.objectContaining({ name: 'Ada Admin', tenantId: TENANT }) }),
    ]);
  });

  it('is off without BOT_TENANT_ID or SUPPORT_AGENT_IDS, and says how to set the channel instead', async () => {
    bot = await BotHarness.start({ SUPPORT_CHANNEL_ID: '' });
    const user = await pendingCase(bot);
    const attempt = registration(bot.url, HOME_DESK);
    await bot.post(attempt);
    await settle(1500);
    expect(replyIn(bot, attempt)).toMatch(/SUPPORT_CHANNEL_ID/);
    expect(bot.connector.sent().filter((r) => JSON.stringify(r.body).includes(user.name) && r.conversationId !== user.conversationId)).toEqual([]);
    expect(await auditOf(bot)).toEqual([]);
  });

  it('lets a listed agent register from any tenant when no home tenant is set, and nobody else', async () => {
    // Built before the bot starts, to list its sender; its service URL is set once the bot is up.
    const agent = registration('http://127.0.0.1:1/', HOME_DESK, 'tenant-partner', 'Lena Listed');
    bot = await BotHarness.start({ SUPPORT_CHANNEL_ID: '', SUPPORT_AGENT_IDS: agent.from.aadObjectId });
    const outsider = registration(bot.url, STRANGER_DESK, 'tenant-partner', 'Otto Outsider');
    await bot.post(outsider);
    await settle(800);
    expect(replyIn(bot, outsider)).toMatch(/Only support agents/);
    const listed = { ...agent, serviceUrl: bot.url };
    await bot.post(listed);
    await settle(800);
    expect(replyIn(bot, listed)).toMatch(/will now receive support cases/);
    expect(await auditOf(bot)).toHaveLength(1);
  });
});
