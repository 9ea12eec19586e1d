import { describe, expect, it } from 'vitest';
import type { Recognition } from '../recognition/types';
import { decide, type DecisionInput } from './decide';

const about: Recognition = { topic: 'token-error', wantsHuman: false, signals: ['token-name'] };
const other: Recognition = { topic: 'none', wantsHuman: false, signals: [] };
const base: DecisionInput = {
  recognition: about,
  phase: 'retired',
  conversationType: 'personal',
  mentioned: false,
  recentlyOnTopic: false,
  fromAgent: false,
};

describe('decide', () => {
  it('answers the error with the card of the phase', () => {
    expect(decide(base)).toEqual({ kind: 'answer', phase: 'retired' });
    expect(decide({ ...base, phase: 'self-service' })).toEqual({ kind: 'answer', phase: 'self-service' });
  });

  it('opens a case by itself while only Microsoft support can grant the exception', () => {
    expect(decide({ ...base, phase: 'exception-only' })).toEqual({ kind: 'open-case', reason: 'exception', phase: 'exception-only' });
  });

  it('opens a case when the user asks for a person about this problem, in every phase', () => {
    for (const phase of ['self-service', 'exception-only', 'retired'] as const) {
      expect(decide({ ...base, phase, recognition: { ...about, wantsHuman: true } })).toMatchObject({ kind: 'open-case', reason: 'asked' });
    }
  });

  it('takes "get me a person" to be about the problem the conversation was just about', () => {
    const askOnly: Recognition = { ...other, wantsHuman: true };
    expect(decide({ ...base, recognition: askOnly, recentlyOnTopic: true })).toMatchObject({ kind: 'open-case' });
    expect(decide({ ...base, recognition: askOnly })).toEqual({ kind: 'none' });
  });

  it('stays quiet in group chats and channels unless mentioned', () => {
    expect(decide({ ...base, conversationType: 'groupChat' })).toEqual({ kind: 'ignore' });
    expect(decide({ ...base, conversationType: 'channel', mentioned: true })).toEqual({ kind: 'answer', phase: 'retired' });
  });

  it('gives agents the case list and users their own status', () => {
    const status: Recognition = { ...other, command: 'status' };
    expect(decide({ ...base, recognition: status })).toEqual({ kind: 'status' });
    expect(decide({ ...base, recognition: status, conversationType: 'channel', mentioned: true, fromAgent: true })).toEqual({ kind: 'cases' });
    expect(decide({ ...base, recognition: { ...other, command: 'cases' } })).toEqual({ kind: 'none' });
    expect(decide({ ...base, recognition: { ...other, command: 'cases' }, fromAgent: true })).toEqual({ kind: 'cases' });
  });

  it('registers a support channel only from a channel', () => {
    const register: Recognition = { ...other, command: 'register-channel' };
    expect(decide({ ...base, recognition: register })).toEqual({ kind: 'none' });
    expect(decide({ ...base, recognition: register, conversationType: 'channel', mentioned: true })).toEqual({ kind: 'register-channel' });
  });

  it('answers anything else with the short "what I can do" reply', () => {
    expect(decide({ ...base, recognition: other })).toEqual({ kind: 'none' });
    expect(decide({ ...base, recognition: { ...other, command: 'help' } })).toEqual({ kind: 'help' });
  });

  it('sends what a user with an open case writes to that case, commands aside', () => {
    for (const recognition of [about, other, { ...about, wantsHuman: true }, { ...other, wantsHuman: true }]) {
      expect(decide({ ...base, recognition, openCase: true })).toEqual({ kind: 'add-to-case' });
    }
    expect(decide({ ...base, recognition: { ...other, command: 'status' }, openCase: true })).toEqual({ kind: 'status' });
    expect(decide({ ...base, recognition: { ...other, command: 'cancel' }, openCase: true })).toEqual({ kind: 'cancel' });
    expect(decide({ ...base, conversationType: 'groupChat', mentioned: true, openCase: true })).toEqual({ kind: 'answer', phase: 'retired' });
  });

  it("relays every message in an open case's thread to its user, mentioned or not, unless it is a command to the bot", () => {
    const thread = { ...base, recognition: other, conversationType: 'channel' as const, fromAgent: true, caseThread: 'open' as const };
    expect(decide(thread)).toEqual({ kind: 'relay-to-user' });
    expect(decide({ ...thread, mentioned: true })).toEqual({ kind: 'relay-to-user' });
    expect(decide({ ...thread, recognition: about })).toEqual({ kind: 'relay-to-user' });
    expect(decide({ ...thread, mentioned: true, recognition: { ...other, command: 'cases' } })).toEqual({ kind: 'cases' });
    // Unmentioned, a command word is just a message to the user.
    expect(decide({ ...thread, recognition: { ...other, command: 'help' } })).toEqual({ kind: 'relay-to-user' });
  });

  it("says a closed case's thread no longer reaches the user, only when mentioned", () => {
    const thread = { ...base, recognition: other, conversationType: 'channel' as const, fromAgent: true, caseThread: 'closed' as const };
    expect(decide(thread)).toEqual({ kind: 'ignore' });
    expect(decide({ ...thread, mentioned: true })).toEqual({ kind: 'case-closed' });
    expect(decide({ ...thread, mentioned: true, recognition: { ...other, command: 'cases' } })).toEqual({ kind: 'cases' });
  });
});
