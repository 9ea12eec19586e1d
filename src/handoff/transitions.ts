import type { Case, CaseEvent, CaseState, Person } from './types';

/** What an agent (or the user, for cancel) can do to a case. */
export type CaseAction =
  | { type: 'claim' }
  | { type: 'resolve'; note?: string }
  | { type: 'reopen' }
  | { type: 'cancel' };

export type Actor = CaseEvent['actor'];

/**
 * Which states each action may start from. A claimed case cannot be claimed again: when two agents
 * click Claim on the same card, the second one must see who holds it, not take it over.
 */
const ALLOWED_FROM: Record<CaseAction['type'], readonly CaseState[]> = {
  claim: ['waiting', 'open'],
  resolve: ['waiting', 'open', 'claimed'],
  reopen: ['resolved', 'cancelled'],
  cancel: ['waiting', 'open', 'claimed'],
};

export type TransitionResult =
  | { ok: true; case: Case; event: CaseEvent }
  | { ok: false; reason: 'invalid-state'; case: Case };

const MAX_NOTE = 1000;

/**
 * Applies an action to a case. Pure: returns the next version of the case and the audit event,
 * or why the action does not apply. The caller persists both with optimistic concurrency.
 */
export function applyCaseAction(current: Case, action: CaseAction, actor: Actor, now: Date): TransitionResult {
  if (!ALLOWED_FROM[action.type].includes(current.state)) return { ok: false, reason: 'invalid-state', case: current };
  const at = now.toISOString();
  const next: Case = { ...current, updatedAt: at, version: current.version + 1 };
  let detail: string | undefined;
  switch (action.type) {
    case 'claim':
      next.state = 'claimed';
      next.assignee = personOf(actor);
      break;
    case 'resolve':
      next.state = 'resolved';
      next.assignee = current.assignee ?? personOf(actor);
      next.resolutionNote = cleanNote(action.note);
      detail = next.resolutionNote;
      break;
    case 'reopen':
      next.state = current.card ? 'open' : 'waiting';
      next.assignee = undefined;
      next.resolutionNote = undefined;
      break;
    case 'cancel':
      next.state = 'cancelled';
      break;
  }
  const event: CaseEvent = { caseId: current.id, at, type: eventTypeOf(action), actor, ...(detail ? { detail } : {}) };
  return { ok: true, case: next, event };
}

function eventTypeOf(action: CaseAction): CaseEvent['type'] {
  const types = { claim: 'claimed', resolve: 'resolved', reopen: 'reopened', cancel: 'cancelled' } as const;
  return types[action.type];
}

function personOf(actor: Actor): Person {
  const { role: _role, ...person } = actor;
  return person;
}

function cleanNote(note: string | undefined): string | undefined {
  const trimmed = note?.trim();
  return trimmed ? trimmed.slice(0, MAX_NOTE) : undefined;
}

/** A case counts as active (one per user) until it is resolved or cancelled. */
export function isActive(state: CaseState): boolean {
  return state !== 'resolved' && state !== 'cancelled';
}
