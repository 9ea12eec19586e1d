import type { Lang } from '../knowledge/types';

/**
 * What a message is about.
 * - token-error: the outlookIdentityToken / legacy-token problem (answer with the resolution card).
 * - none: anything else (short "what I can help with" reply, no card).
 */
export type Topic = 'token-error' | 'none';

/** A command the user typed instead of a question. */
export type Command = 'help' | 'status' | 'cancel' | 'cases' | 'register-channel';

export interface Recognition {
  topic: Topic;
  /** The user asks for a human (in any of the ten languages). */
  wantsHuman: boolean;
  /** Set when the whole message is a bot command. */
  command?: Command;
  /** Names of the signals that matched, for logs and the agent's case card (never message text). */
  signals: string[];
}

export interface LanguageChoice {
  lang: Lang;
  /** How the language was chosen. */
  source: 'text' | 'locale' | 'default';
}
