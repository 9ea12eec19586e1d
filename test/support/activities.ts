import { randomUUID } from 'node:crypto';

export const TENANT = '0d9d9a3c-0000-4000-8000-00000000c0de';
export const SUPPORT_CHANNEL = '19:support-agents@thread.tacv2';
export const BOT = { id: '28:workfront-support-bot', name: 'Workfront Support' };

export interface TestUser {
  id: string;
  aadObjectId: string;
  name: string;
  conversationId: string;
}

let counter = 0;

export function newUser(baseName = 'Dana Test'): TestUser {
  counter += 1;
  const name = `${baseName} ${counter}`;
  return { id: `29:user-${counter}-${randomUUID()}`, aadObjectId: randomUUID(), name, conversationId: `a:personal-${randomUUID()}` };
}

/** A message as Teams posts it to the bot in a personal chat. */
export function message(serviceUrl: string, user: TestUser, text: string, extra: Record<string, unknown> = {}): Record<string, any> {
  return {
    type: 'message',
    id: `msg-${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    recipient: BOT,
    conversation: { id: user.conversationId, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: 'en-US',
    text,
    textFormat: 'plain',
    ...extra,
  };
}

/** A click on an Action.Execute button, as Teams sends it (invoke adaptiveCard/action). */
export function execute(
  serviceUrl: string,
  where: { from: Record<string, unknown>; conversation: Record<string, unknown>; channelData?: Record<string, unknown> },
  verb: string,
  data: Record<string, unknown> = {},
  replyToId = `card-${randomUUID()}`,
): Record<string, any> {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `inv-${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    recipient: BOT,
    replyToId,
    locale: 'en-US',
    channelData: { tenant: { id: TENANT } },
    ...where,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export function asUser(user: TestUser): { from: Record<string, unknown>; conversation: Record<string, unknown> } {
  return {
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    conversation: { id: user.conversationId, conversationType: 'personal', tenantId: TENANT },
  };
}

/** An agent acting in a thread of a channel: conversation id "<channel>;messageid=<root>". */
export function asAgent(name = 'Agent Smith', channelId = SUPPORT_CHANNEL, rootId = '1700000000000'): ReturnType<typeof asUser> & { channelData: Record<string, unknown> } {
  return {
    from: { id: `29:agent-${randomUUID()}`, aadObjectId: randomUUID(), name },
    conversation: { id: `${channelId};messageid=${rootId}`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: '19:team@thread.tacv2' }, channel: { id: channelId } },
  };
}

/** A message in a channel that @mentions the bot, as Teams delivers it. */
export function channelMention(serviceUrl: string, text: string, channelId = SUPPORT_CHANNEL, name = 'Agent Smith'): Record<string, any> {
  const agent = asAgent(name, channelId);
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...message(serviceUrl, newUser(name), `${mention} ${text}`),
    ...agent,
    entities: [{ type: 'mention', text: mention, mentioned: BOT }],
  };
}
