import { TurnState } from '@microsoft/teams-ai';
import type { ExchangeLine } from '../handoff/types';
import type { Lang, Phase } from '../knowledge/types';

/** What the bot remembers about a conversation between turns (kept in the store, survives restarts). */
export interface ConversationMemory {
  /** Language last detected from the user's own words. */
  lang?: Lang;
  /** When the conversation was last about the token error, and which answer it got. */
  topicAt?: string;
  answeredPhase?: Phase;
  /** What the recognizer matched in the message that got that answer. */
  signals?: string[];
  /** The recent exchange, shown to the agent when a case opens. */
  transcript?: ExchangeLine[];
}

export type AppState = TurnState<ConversationMemory>;

const TRANSCRIPT_LINES = 8;
const LINE_LENGTH = 500;
/** A "get me a person" within this long after the problem was discussed refers to it. */
export const TOPIC_MEMORY_MS = 24 * 60 * 60 * 1000;

export function remember(memory: ConversationMemory, line: ExchangeLine): void {
  const text = line.text.slice(0, LINE_LENGTH);
  memory.transcript = [...(memory.transcript ?? []), { ...line, text }].slice(-TRANSCRIPT_LINES);
}

export function recentlyOnTopic(memory: ConversationMemory, now: Date): boolean {
  return memory.topicAt !== undefined && now.getTime() - Date.parse(memory.topicAt) < TOPIC_MEMORY_MS;
}
