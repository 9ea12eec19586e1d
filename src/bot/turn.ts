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
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  const reference = TurnContext.getConversationReference(activity) as unknown as ConversationRef;
  return {
    // Redeliveries carry the same id; an activity without one is keyed by its content instead.
    activityId: activity.id ?? `${activity.conversation.id}/${activity.timestamp ?? ''}/${activity.text ?? ''}`,
    user: {
      id: from.id,
      name: (from.name ?? from.id).slice(0, MAX_NAME),
      ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
    },
    userKey: from.aadObjectId ?? from.id,
    tenantId: activity.conversation.tenantId ?? channelData?.tenant?.id ?? 'unknown',
    conversationType: conversationTypeOf(activity),
    locale: activity.locale,
    text: typeof activity.text === 'string' ? activity.text : '',
    reference,
    mentioned: isBotMentioned(activity),
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
