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
});
