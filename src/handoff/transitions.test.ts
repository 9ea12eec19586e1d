import { describe, expect, it } from 'vitest';
import { aCase } from './testing/fixtures';
import { applyCaseAction, isActive, type Actor, type CaseAction } from './transitions';
import type { CaseState } from './types';

const now = new Date('2025-08-02T10:30:00.000Z');
const agent: Actor = { id: '29:agent-a', name: 'Aiko Tan', aadObjectId: 'aad-agent-a', role: 'agent' };
const otherAgent: Actor = { id: '29:agent-b', name: 'Bruno Diaz', role: 'agent' };

const STATES: readonly CaseState[] = ['waiting', 'open', 'claimed', 'resolved', 'cancelled'];
const ACTIONS: readonly CaseAction[] = [{ type: 'claim' }, { type: 'resolve', note: 'done' }, { type: 'reopen' }, { type: 'cancel' }];
/** The rules, written out independently of the module's table. */
const ALLOWED: Record<CaseAction['type'], readonly CaseState[]> = {
  claim: ['waiting', 'open'],
  resolve: ['waiting', 'open', 'claimed'],
  reopen: ['resolved', 'cancelled'],
  cancel: ['waiting', 'open', 'claimed'],
};
const RESULT_STATE: Record<CaseAction['type'], CaseState | undefined> = { claim: 'claimed', resolve: 'resolved', reopen: undefined, cancel: 'cancelled' };
const EVENT_TYPE = { claim: 'claimed', resolve: 'resolved', reopen: 'reopened', cancel: 'cancelled' } as const;

describe('applyCaseAction: every action from every state', () => {
  for (const action of ACTIONS) {
    for (const state of STATES) {
      const allowed = ALLOWED[action.type].includes(state);
      it(`${action.type} from ${state} is ${allowed ? 'allowed' : 'refused'}`, () => {
        const current = aCase({ state, card: { conversationId: '19:c', activityId: 'act-1', serviceUrl: 'https://s/' } });
        const result = applyCaseAction(current, action, agent, now);
        if (!allowed) {
          expect(result).toEqual({ ok: false, reason: 'invalid-state', case: current });
          return;
        }
        if (!result.ok) throw new Error(`expected ${action.type} from ${state} to apply`);
        expect(result.case.state).toBe(RESULT_STATE[action.type] ?? 'open');
        expect(result.case.version).toBe(current.version + 1);
        expect(result.case.updatedAt).toBe(now.toISOString());
        expect(result.case.openedAt).toBe(current.openedAt);
        expect(result.event).toMatchObject({ caseId: current.id, at: now.toISOString(), type: EVENT_TYPE[action.type], actor: agent });
      });
    }
  }

  it('does not modify the case it was given', () => {
    const current = aCase({ state: 'open' });
    const copy = structuredClone(current);
    applyCaseAction(current, { type: 'claim' }, agent, now);
    expect(current).toEqual(copy);
  });
});

describe('claim', () => {
  it('makes the actor the assignee, without the role', () => {
    const result = applyCaseAction(aCase({ state: 'waiting' }), { type: 'claim' }, agent, now);
    expect(result.ok && result.case.assignee).toEqual({ id: '29:agent-a', name: 'Aiko Tan', aadObjectId: 'aad-agent-a' });
  });

  it('does not take over a case another agent holds', () => {
    const held = aCase({ state: 'claimed', assignee: { id: '29:agent-a', name: 'Aiko Tan' } });
    const result = applyCaseAction(held, { type: 'claim' }, otherAgent, now);
    expect(result.ok).toBe(false);
    expect(result.case.assignee?.name).toBe('Aiko Tan');
    expect(result.case.version).toBe(held.version);
  });
});

describe('resolve', () => {
  it('keeps the agent who holds the case as assignee when another resolves it', () => {
    const held = aCase({ state: 'claimed', assignee: { id: '29:agent-a', name: 'Aiko Tan' } });
    const result = applyCaseAction(held, { type: 'resolve' }, otherAgent, now);
    if (!result.ok) throw new Error('resolve should apply');
    expect(result.case.assignee).toEqual({ id: '29:agent-a', name: 'Aiko Tan' });
    expect(result.event.actor).toEqual(otherAgent);
  });

  it('makes the resolver the assignee of an unclaimed case', () => {
    const result = applyCaseAction(aCase({ state: 'open' }), { type: 'resolve' }, otherAgent, now);
    expect(result.ok && result.case.assignee).toEqual({ id: '29:agent-b', name: 'Bruno Diaz' });
  });

  it('trims the note and puts it in the event detail', () => {
    const result = applyCaseAction(aCase(), { type: 'resolve', note: '  Exception granted by Microsoft.\n ' }, agent, now);
    expect(result.ok && result.case.resolutionNote).toBe('Exception granted by Microsoft.');
    expect(result.ok && result.event.detail).toBe('Exception granted by Microsoft.');
  });

  it('caps a long note at 1000 characters', () => {
    const result = applyCaseAction(aCase(), { type: 'resolve', note: `${'x'.repeat(1500)}` }, agent, now);
    expect(result.ok && result.case.resolutionNote).toHaveLength(1000);
  });

  for (const note of [undefined, '', '   \n\t ']) {
    it(`leaves no note and no detail for ${JSON.stringify(note)}`, () => {
      const result = applyCaseAction(aCase(), { type: 'resolve', ...(note === undefined ? {} : { note }) }, agent, now);
      if (!result.ok) throw new Error('resolve should apply');
      expect(result.case.resolutionNote).toBeUndefined();
      expect('detail' in result.event).toBe(false);
    });
  }
});

describe('reopen', () => {
  const resolved = { state: 'resolved' as const, assignee: { id: '29:agent-a', name: 'Aiko Tan' }, resolutionNote: 'fixed' };

  it("goes to 'open' when the card was posted, and clears assignee and note", () => {
    const posted = aCase({ ...resolved, card: { conversationId: '19:c', activityId: 'act-1', serviceUrl: 'https://s/' } });
    const result = applyCaseAction(posted, { type: 'reopen' }, agent, now);
    if (!result.ok) throw new Error('reopen should apply');
    expect(result.case.state).toBe('open');
    expect(result.case.assignee).toBeUndefined();
    expect(result.case.resolutionNote).toBeUndefined();
    expect(result.case.card).toEqual(posted.card);
  });

  it("goes to 'waiting' when the card was never posted", () => {
    const result = applyCaseAction(aCase({ ...resolved }), { type: 'reopen' }, agent, now);
    expect(result.ok && result.case.state).toBe('waiting');
  });

  it('reopens a cancelled case', () => {
    const result = applyCaseAction(aCase({ state: 'cancelled' }), { type: 'reopen' }, agent, now);
    expect(result.ok && result.case.state).toBe('waiting');
  });
});

describe('cancel', () => {
  it('keeps the assignee (the history stays readable) and records the actor', () => {
    const user: Actor = { id: '29:user-1', name: 'Lena Morel', role: 'user' };
    const held = aCase({ state: 'claimed', assignee: { id: '29:agent-a', name: 'Aiko Tan' } });
    const result = applyCaseAction(held, { type: 'cancel' }, user, now);
    if (!result.ok) throw new Error('cancel should apply');
    expect(result.case.assignee?.name).toBe('Aiko Tan');
    expect(result.event).toEqual({ caseId: held.id, at: now.toISOString(), type: 'cancelled', actor: user });
  });
});

describe('isActive', () => {
  it.each([
    ['waiting', true],
    ['open', true],
    ['claimed', true],
    ['resolved', false],
    ['cancelled', false],
  ] as const)('%s -> %s', (state, active) => {
    expect(isActive(state)).toBe(active);
  });
});
