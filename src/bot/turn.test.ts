import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { turnFacts } from './turn';

const BOT = { id: '28:support-bot', name: 'Workfront Support' };
const TENANT = 'tenant-0001';

/** An activity as Teams posts it (JSON, so timestamps are strings). */
function activity(overrides: Record<string, unknown> = {}): Activity {
  return {
    type: 'message',
    id: '1700000000001',
    timestamp: '2025-08-01T09:00:00.000Z',
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/emea/',
    from: { id: '29:user-1', name: 'Lena Morel', aadObjectId: 'aad-user-1' },
    recipient: BOT,
    conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: 'fr-FR',
    text: 'Outlook me dit erreur de jeton',
    ...overrides,
  } as unknown as Activity;
}

function mention(id: string, name: string): Record<string, unknown> {
  return { type: 'mention', mentioned: { id, name }, text: `<at>${name}</at>` };
}

describe('turnFacts', () => {
  it('reads a personal chat message', () => {
    const facts = turnFacts(activity());
    expect(facts).toMatchObject({
      activityId: '1700000000001',
      user: { id: '29:user-1', name: 'Lena Morel', aadObjectId: 'aad-user-1' },
      userKey: 'aad-user-1',
      tenantId: TENANT,
      conversationType: 'personal',
      locale: 'fr-FR',
      text: 'Outlook me dit erreur de jeton',
      mentioned: false,
    });
    expect(facts.reference).toMatchObject({
      channelId: 'msteams',
      serviceUrl: 'https://smba.example/emea/',
      conversation: { id: 'a:personal-1' },
      bot: BOT,
      user: { id: '29:user-1' },
    });
  });

  it('keys the user by the Teams id when there is no Entra object id', () => {
    const facts = turnFacts(activity({ from: { id: '29:guest', name: 'Guest' } }));
    expect(facts.userKey).toBe('29:guest');
    expect(facts.user).toEqual({ id: '29:guest', name: 'Guest' });
  });

  it('prefers the Entra object id, the same in every conversation of the person', () => {
    const inChat = turnFacts(activity());
    const inChannel = turnFacts(activity({ from: { id: '29:user-1-other-id', name: 'Lena', aadObjectId: 'aad-user-1' } }));
    expect(inChannel.userKey).toBe(inChat.userKey);
  });

  it('names the user by id when Teams sends no name, and caps long names', () => {
    expect(turnFacts(activity({ from: { id: '29:nameless' } })).user.name).toBe('29:nameless');
    expect(turnFacts(activity({ from: { id: '29:long', name: 'n'.repeat(500) } })).user.name).toHaveLength(200);
  });

  it('finds the tenant in channelData when the conversation lacks it', () => {
    expect(turnFacts(activity({ conversation: { id: 'a:p', conversationType: 'personal' } })).tenantId).toBe(TENANT);
    expect(turnFacts(activity({ conversation: { id: 'a:p' }, channelData: {} })).tenantId).toBe('unknown');
  });

  it('keeps a tenant id only when it is a string', () => {
    const forged = activity({ conversation: { id: 'a:p', conversationType: 'personal' }, channelData: { tenant: { id: { $gt: '' } } } });
    expect(turnFacts(forged).tenantId).toBe('unknown');
    expect(turnFacts(forged).reference.conversation).toEqual({ id: 'a:p', conversationType: 'personal' });
  });

  it('keeps only the reference fields it needs, whatever else the conversation and the sender carry', () => {
    const padded = activity({
      from: { id: '29:user-1', name: 'Lena Morel', aadObjectId: 'aad-user-1', role: 'user', padding: 'x'.repeat(10_000) },
      recipient: { ...BOT, junk: [1, 2, 3] },
      conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: TENANT, isGroup: 'yes', extra: { deep: [[['x']]] } },
    });
    expect(turnFacts(padded).reference).toEqual({
      channelId: 'msteams',
      serviceUrl: 'https://smba.example/emea/',
      locale: 'fr-FR',
      bot: BOT,
      user: { id: '29:user-1', name: 'Lena Morel', aadObjectId: 'aad-user-1' },
      conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: TENANT },
    });
  });

  it('tells group chats and channels apart', () => {
    expect(turnFacts(activity({ conversation: { id: '19:chat@thread.v2', conversationType: 'groupChat', isGroup: true } })).conversationType).toBe('groupChat');
    expect(turnFacts(activity({ conversation: { id: '19:chat@thread.v2', isGroup: true } })).conversationType).toBe('groupChat');
    expect(
      turnFacts(activity({ conversation: { id: '19:support@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true } })).conversationType,
    ).toBe('channel');
    expect(turnFacts(activity({ conversation: { id: 'a:p' } })).conversationType).toBe('personal');
  });

  it('sees an @mention of the bot, and only of the bot', () => {
    const group = { conversation: { id: '19:support@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true } };
    expect(turnFacts(activity({ ...group, entities: [mention(BOT.id, BOT.name)] })).mentioned).toBe(true);
    expect(turnFacts(activity({ ...group, entities: [mention('29:colleague', 'Sam')] })).mentioned).toBe(false);
    expect(turnFacts(activity({ ...group, entities: [{ type: 'clientInfo', locale: 'en-US' }, mention('29:colleague', 'Sam'), mention(BOT.id, BOT.name)] })).mentioned).toBe(true);
    expect(turnFacts(activity({ ...group })).mentioned).toBe(false);
  });

  it('gives an activity without an id a key from its conversation, time and text', () => {
    const a = turnFacts(activity({ id: undefined }));
    const b = turnFacts(activity({ id: undefined }));
    const other = turnFacts(activity({ id: undefined, text: 'another message' }));
    expect(a.activityId).toBe(b.activityId);
    expect(a.activityId).toContain('a:personal-1');
    expect(other.activityId).not.toBe(a.activityId);
  });

  it('reads a missing or non-string text as empty', () => {
    expect(turnFacts(activity({ text: undefined })).text).toBe('');
    expect(turnFacts(activity({ type: 'invoke', text: { not: 'text' } })).text).toBe('');
  });
});
