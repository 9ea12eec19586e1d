import type { Lang, Phase } from '../knowledge/types';

export type CaseState = 'waiting' | 'open' | 'claimed' | 'resolved' | 'cancelled';
export type CaseReason = 'exception' | 'asked' | 'not-helped';

export interface Person {
  id: string;
  name: string;
  aadObjectId?: string;
  email?: string;
}

/**
 * What the bot needs to write to a conversation later: the fields of a botbuilder ConversationReference
 * it uses, and nothing else an activity carried (stored with a case, so typed and bounded).
 */
export interface ConversationRef {
  channelId: string;
  serviceUrl: string;
  locale?: string;
  bot: { id: string; name?: string };
  user?: { id: string; name?: string; aadObjectId?: string };
  conversation: { id: string; tenantId?: string; conversationType?: string; isGroup?: boolean };
}

export interface ExchangeLine {
  at: string;
  from: 'user' | 'bot' | 'agent';
  text: string;
  /** Who wrote it, for an agent's line. */
  name?: string;
}

export interface Case {
  id: string;
  /** Short readable unique reference shown to users and agents, e.g. WF-1024. */
  ref: string;
  userKey: string;
  user: Person;
  tenantId: string;
  lang: Lang;
  phase: Phase;
  reason: CaseReason;
  state: CaseState;
  /** The user's own words (raw; escaped by the card builder). */
  userWords: string[];
  /** Summary of what the bot already answered. */
  botAnswer: string;
  /** What the recognizer matched in the user's messages (signal names, never text), for the agent. */
  signals?: string[];
  transcript: ExchangeLine[];
  userConversation: ConversationRef;
  assignee?: Person;
  resolutionNote?: string;
  /** Where the case card was posted (set once delivered). */
  card?: { conversationId: string; activityId: string; serviceUrl: string };
  openedAt: string;
  updatedAt: string;
  /** Optimistic concurrency: incremented by each update. */
  version: number;
}

export type CaseEventType =
  | 'opened' | 'appended' | 'posted' | 'claimed' | 'resolved' | 'reopened' | 'cancelled'
  /** The user wrote to the open case, or an agent to the user from the case thread (detail: the text). */
  | 'user-message' | 'agent-message'
  /** A reminder about an unclaimed case was posted in its thread (detail: its number). */
  | 'reminded';

export interface CaseEvent {
  caseId: string;
  at: string;
  type: CaseEventType;
  actor: Person & { role: 'user' | 'agent' | 'bot' };
  detail?: string;
}
