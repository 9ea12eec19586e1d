import { TurnContext, type Activity } from 'botbuilder';
import type { ConversationRef, Person } from '../handoff/types';

/** What the bot needs to know about the incoming activity, read once per turn. */
export interface TurnFacts {
  activityId: string;
  user: Person;
  /** Stable per person across conversations: the Entra object id when Teams sends it. */
  userKey: string;
  tenantId: string;
  conversationType: 'personal' | 'groupChat' | 'channel';
  locale?: string;
  text: string;
  reference: ConversationRef;
  /** Whether the bot was @mentioned (group chats and channels only reach it that way). */
  mentioned: boolean;
}

const MAX_NAME = 200;

export function turnFacts(activity: Activity): TurnFacts {
  const from = activity.from;
  const reference = referenceOf(activity);
  return {
    // Redeliveries carry the same id; an activity without one is keyed by its content instead.
    activityId: activity.id ?? `${activity.conversation.id}/${activity.timestamp ?? ''}/${activity.text ?? ''}`,
    user: {
      id: from.id,
      name: (from.name ?? from.id).slice(0, MAX_NAME),
      ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
    },
    userKey: from.aadObjectId ?? from.id,
    tenantId: reference.conversation.tenantId ?? 'unknown',
    conversationType: conversationTypeOf(activity),
    locale: activity.locale,
    text: typeof activity.text === 'string' ? activity.text : '',
    reference,
    mentioned: isBotMentioned(activity),
  };
}

/**
 * Where to write to this conversation later. Built field by field rather than copied from the activity:
 * it is stored with a case, and whatever else a caller put in `conversation` or `from` must not be.
 * The inbound schema has already checked that ids are strings of bounded length.
 */
function referenceOf(activity: Activity): ConversationRef {
  const { conversation, from, recipient } = activity;
  const channelTenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const tenantId = conversation.tenantId ?? (typeof channelTenant === 'string' ? channelTenant : undefined);
  return {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    ...(activity.locale ? { locale: activity.locale } : {}),
    bot: { id: recipient.id, ...(recipient.name ? { name: recipient.name.slice(0, MAX_NAME) } : {}) },
    user: { id: from.id, ...(from.name ? { name: from.name.slice(0, MAX_NAME) } : {}), ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}) },
    conversation: {
      id: conversation.id,
      ...(tenantId ? { tenantId } : {}),
      ...(conversation.conversationType ? { conversationType: conversation.conversationType } : {}),
      ...(conversation.isGroup === true ? { isGroup: true } : {}),
    },
  };
}

function conversationTypeOf(activity: Activity): TurnFacts['conversationType'] {
  const type = activity.conversation.conversationType;
  if (type === 'channel' || type === 'groupChat') return type;
  return activity.conversation.isGroup ? 'groupChat' : 'personal';
}

function isBotMentioned(activity: Activity): boolean {
  return TurnContext.getMentions(activity).some((m) => m.mentioned?.id === activity.recipient?.id);
}
