import type { CaseEventType, CaseReason, CaseState } from '../handoff/types';
import { PHASES } from './types';

const STATES: readonly CaseState[] = ['waiting', 'open', 'claimed', 'resolved', 'cancelled'];
const REASONS: readonly CaseReason[] = ['exception', 'asked', 'not-helped'];
const EVENTS: readonly CaseEventType[] = ['opened', 'appended', 'posted', 'claimed', 'resolved', 'reopened', 'cancelled', 'reminded'];

/** Keys whose value is a list of strings in every locale. */
export const LIST_KEYS: readonly string[] = [...PHASES.map((p) => `phase.${p}.steps`), 'help.examples', 'help.commands'];

/** Keys whose value is a single string in every locale. */
export const STRING_KEYS: readonly string[] = [
  ...['title', 'meaning', 'todayHeading', 'stepsHeading', 'linksHeading', 'caseOpened'].map((k) => `answer.${k}`),
  ...PHASES.flatMap((p) => [`phase.${p}.name`, `phase.${p}.today`]),
  'link.faq',
  'link.toggle',
  'action.helped',
  'action.notHelped',
  'action.handoff',
  'feedback.thanks',
  'feedback.sorry',
  'followUp.ack.afterAnswer',
  'followUp.ack.generic',
  'followUp.cannotAnswer',
  'help.title',
  'help.intro',
  'help.examplesHeading',
  'help.commandsHeading',
  'none.reply',
  ...['opened', 'appended', 'claimed', 'resolved', 'resolvedNoNote', 'reopened', 'cancelled', 'waitingForChannel'].map(
    (k) => `case.${k}`,
  ),
  'status.none',
  'status.heading',
  'status.item',
  ...STATES.map((s) => `state.${s}`),
  'cancel.none',
  'rate.limited',
  'error.generic',
  'agent.refused',
  'channel.registered',
  'cases.none',
  'cases.heading',
  'cases.item',
  ...[
    'title', 'user', 'email', 'tenant', 'language', 'phase', 'reason', 'opened', 'state', 'assignee', 'unassigned',
    'userWords', 'botAnswer', 'signals', 'transcript', 'history', 'noteLabel', 'notePlaceholder', 'claim', 'resolve', 'reopen',
    'chat', 'fromUser', 'fromBot',
  ].map((k) => `caseCard.${k}`),
  ...REASONS.map((r) => `reason.${r}`),
  ...EVENTS.map((e) => `event.${e}`),
];
