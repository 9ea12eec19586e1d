import type { ContextReading } from '../conversation';
import type { CaseReason } from '../handoff/types';
import type { FollowUpTopic, Phase } from '../knowledge/types';
import type { Recognition } from '../recognition/types';

export type Decision =
  | { kind: 'ignore' }
  | { kind: 'help' }
  | { kind: 'status' }
  | { kind: 'cancel' }
  | { kind: 'cases' }
  | { kind: 'register-channel' }
  | { kind: 'answer'; phase: Phase }
  | { kind: 'open-case'; reason: CaseReason; phase: Phase }
  /** The user has an open case: what they write goes to it (the case thread in the support channel). */
  | { kind: 'add-to-case' }
  /** An agent wrote in an open case's thread: it goes to the case's user. */
  | { kind: 'relay-to-user' }
  /** An agent asked the bot something in the thread of a case that is closed. */
  | { kind: 'case-closed' }
  /** A question about this problem after the answer: its short answer (none for a topic no answer covers). */
  | { kind: 'follow-up'; topic: FollowUpTopic | undefined; phase: Phase }
  /** Thanks, ok, it works now: a short reply (and, right after an answer, "This helped"). */
  | { kind: 'ack' }
  | { kind: 'none' };

export interface DecisionInput {
  recognition: Recognition;
  phase: Phase;
  conversationType: 'personal' | 'groupChat' | 'channel';
  mentioned: boolean;
  /** The conversation was about the token error recently (a "get me a person" then refers to it). */
  recentlyOnTopic: boolean;
  /** The message comes from the support channel or a listed agent. */
  fromAgent: boolean;
  /** The user has an open case (waiting, open or claimed). */
  openCase?: boolean;
  /** The message is in the thread of a case card in the support channel: of an open case, or of a closed one. */
  caseThread?: 'open' | 'closed';
  /** How the message reads after an answer about the error (only read when it may matter). */
  reading?: ContextReading;
}

/** Decides what to do with a message. Pure: no clock, storage or network. */
export function decide(input: DecisionInput): Decision {
  const { recognition, phase } = input;
  // In an open case's thread every message counts, mentioned or not (read with resource-specific consent);
  // in a closed one the bot only says so, when asked.
  if (input.caseThread === 'open') return (input.mentioned && commandDecision(input)) || { kind: 'relay-to-user' };
  if (input.caseThread === 'closed' && input.mentioned) return commandDecision(input) ?? { kind: 'case-closed' };
  if (input.conversationType !== 'personal' && !input.mentioned) return { kind: 'ignore' };
  const command = commandDecision(input);
  if (command) return command;
  if (input.openCase && input.conversationType === 'personal') return { kind: 'add-to-case' };
  const onTopic = recognition.topic === 'token-error';
  // After an answer, "can someone help me with the printer too?" asks for help with the printer.
  const aboutThis = onTopic || (input.recentlyOnTopic && !(input.reading?.kind === 'unrelated' && input.reading.anotherSubject));
  if (recognition.wantsHuman && aboutThis) return { kind: 'open-case', reason: 'asked', phase };
  const followUp = input.recentlyOnTopic && !freshReport(recognition, input.reading) ? readingDecision(input.reading, phase) : undefined;
  if (followUp) return followUp;
  // Thanks out of the blue still gets a short reply, not the line about what the bot can do.
  if (!onTopic) return input.reading?.kind === 'ack' ? { kind: 'ack' } : { kind: 'none' };
  // Only Microsoft support can grant the exception in this phase: a person has to take the case.
  if (phase === 'exception-only') return { kind: 'open-case', reason: 'exception', phase };
  return { kind: 'answer', phase };
}

/** The recognizer's signals that the message quotes the error itself (its text, or the token's name). */
const QUOTES_THE_ERROR: ReadonlySet<string> = new Set(['exact-error', 'token-name', 'token-fuzzy']);

/**
 * A message that quotes the error and says nothing about the answer (the error pasted again, a full
 * report in another language) is a report of its own: it gets the answer card, not "I can't answer that".
 * A question about the problem's words ("what is a legacy token?") stays a question.
 */
function freshReport(recognition: Recognition, reading: ContextReading | undefined): boolean {
  if (!reading || !recognition.signals.some((signal) => QUOTES_THE_ERROR.has(signal))) return false;
  return (reading.kind === 'question' && reading.topic === undefined) || (reading.kind === 'not-helped' && reading.errorAgain === true);
}

/**
 * After an answer, what the message says about it comes first (even when it names the error again:
 * "still the same Unable to get the outlookIdentityToken after a restart" did not help).
 */
function readingDecision(reading: ContextReading | undefined, phase: Phase): Decision | undefined {
  switch (reading?.kind) {
    case 'not-helped':
      return { kind: 'open-case', reason: 'not-helped', phase };
    case 'ack':
      return { kind: 'ack' };
    case 'question':
      return { kind: 'follow-up', topic: reading.topic, phase };
    default:
      return undefined; // unrelated, or not read: the message stands on its own
  }
}

function commandDecision({ recognition, conversationType, fromAgent }: DecisionInput): Decision | undefined {
  switch (recognition.command) {
    case 'help':
      return { kind: 'help' };
    case 'status':
    case 'cancel':
      // A user's own cases; in a channel "status" means the case list.
      return conversationType === 'personal' ? { kind: recognition.command } : fromAgent ? { kind: 'cases' } : undefined;
    case 'cases':
      return fromAgent ? { kind: 'cases' } : undefined;
    case 'register-channel':
      return conversationType === 'channel' ? { kind: 'register-channel' } : undefined;
    default:
      return undefined;
  }
}
