import type { FollowUpTopic } from '../../knowledge/types';

/**
 * Messages written for the tests (not taken from any corpus), each with how it must read right after
 * the answer card. A question's topic: the answer that covers it, `null` for none ("I can't answer
 * that"), or 'any' where two answers fit equally well.
 */
export interface ContextExamples {
  notHelped: string[];
  ack: string[];
  question: Array<readonly [text: string, topic: FollowUpTopic | null | 'any']>;
  unrelated: string[];
}
