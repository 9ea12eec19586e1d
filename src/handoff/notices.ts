import type { Phase } from '../knowledge/types';

/**
 * What the outbox sends to a user about their case. Stored in the outbox, so it must stay plain data;
 * the text is rendered in the case's language when it is delivered.
 */
export type UserNotice =
  | { notice: 'text'; key: string; vars?: Record<string, string> }
  | { notice: 'answer-card'; phase: Phase };

export function textNotice(key: string, vars?: Record<string, string>): UserNotice {
  return vars ? { notice: 'text', key, vars } : { notice: 'text', key };
}
