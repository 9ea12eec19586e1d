import type { FollowUpTopic } from '../knowledge/types';

export type { FollowUpTopic } from '../knowledge/types';

/**
 * How a message reads once the bot has answered about the token error in this conversation.
 * - not-helped: the answer did not solve it ("still the same error", "nope").
 * - ack: thanks, ok, or it works now.
 * - question: a follow-up about this problem; `topic` is the answer that covers it, undefined when none does.
 * - unrelated: not a follow-up (a subject of its own): read it afresh.
 */
export type ContextKind =
  /** `errorAgain`: nothing but the error reported again (no "still", no "didn't help"): it may be a fresh report. */
  | { kind: 'not-helped'; errorAgain?: boolean }
  | { kind: 'ack' }
  | { kind: 'question'; topic: FollowUpTopic | undefined }
  /** `anotherSubject`: the message names something else (the printer, another add-in, another Workfront area). */
  | { kind: 'unrelated'; anotherSubject: boolean };

export type ContextReading = ContextKind & {
  /** Names of what matched, for logs (never message text). */
  signals: string[];
};
