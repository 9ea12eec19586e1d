import type { CaseReason } from '../handoff/types';
import type { Phase } from '../knowledge/types';
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
  if (recognition.wantsHuman && (onTopic || input.recentlyOnTopic)) return { kind: 'open-case', reason: 'asked', phase };
  if (!onTopic) return { kind: 'none' };
  // Only Microsoft support can grant the exception in this phase: a person has to take the case.
  if (phase === 'exception-only') return { kind: 'open-case', reason: 'exception', phase };
  return { kind: 'answer', phase };
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
