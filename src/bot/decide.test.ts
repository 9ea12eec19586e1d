import { describe, expect, it } from 'vitest';
import type { Recognition } from '../recognition/types';
import { decide, type DecisionInput } from './decide';

const about: Recognition = { topic: 'token-error', wantsHuman: false, signals: ['token-name'] };
const aboutLegacyTokens: Recognition = { topic: 'token-error', wantsHuman: false, signals: ['legacy-token', 'workfront'] };
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

  describe('after an answer, how the message reads', () => {
    const inContext = { ...base, recognition: other, recentlyOnTopic: true };
    const reading = (kind: 'not-helped' | 'ack') => ({ kind, signals: [] });

    it('opens a case for "it did not help", even when it names the error again', () => {
      expect(decide({ ...inContext, reading: reading('not-helped') })).toEqual({ kind: 'open-case', reason: 'not-helped', phase: 'retired' });
      expect(decide({ ...inContext, recognition: about, reading: reading('not-helped') })).toEqual({ kind: 'open-case', reason: 'not-helped', phase: 'retired' });
    });

    it('answers a fresh report of the error with the card: the error alone again, or a full report asking what to do', () => {
      expect(decide({ ...inContext, recognition: about, reading: { kind: 'not-helped', errorAgain: true, signals: [] } })).toEqual({ kind: 'answer', phase: 'retired' });
      expect(decide({ ...inContext, recognition: about, reading: { kind: 'question', topic: undefined, signals: [] } })).toEqual({ kind: 'answer', phase: 'retired' });
      // Without the error's own words the same readings stay follow-ups ("what is a legacy token, exactly?").
      expect(decide({ ...inContext, reading: { kind: 'question', topic: undefined, signals: [] } })).toEqual({ kind: 'follow-up', topic: undefined, phase: 'retired' });
      expect(decide({ ...inContext, recognition: aboutLegacyTokens, reading: { kind: 'question', topic: undefined, signals: [] } })).toEqual({ kind: 'follow-up', topic: undefined, phase: 'retired' });
    });

    it('answers a follow-up question with its topic, or with none, instead of the whole card again', () => {
      expect(decide({ ...inContext, reading: { kind: 'question', topic: 'admin', signals: [] } })).toEqual({ kind: 'follow-up', topic: 'admin', phase: 'retired' });
      expect(decide({ ...inContext, recognition: about, reading: { kind: 'question', topic: 'why', signals: [] } })).toEqual({ kind: 'follow-up', topic: 'why', phase: 'retired' });
    });

    it('acknowledges thanks, in context or not; reads another subject afresh', () => {
      expect(decide({ ...inContext, reading: reading('ack') })).toEqual({ kind: 'ack' });
      expect(decide({ ...base, recognition: other, reading: reading('ack') })).toEqual({ kind: 'ack' });
      expect(decide({ ...inContext, reading: { kind: 'unrelated', anotherSubject: true, signals: [] } })).toEqual({ kind: 'none' });
      expect(decide({ ...inContext, recognition: about, reading: { kind: 'unrelated', anotherSubject: false, signals: [] } })).toEqual({ kind: 'answer', phase: 'retired' });
    });

    it('reads nothing into a message out of context: no case for "no", no follow-up answer', () => {
      expect(decide({ ...base, recognition: other, reading: reading('not-helped') })).toEqual({ kind: 'none' });
      expect(decide({ ...base, recognition: other, reading: { kind: 'question', topic: 'why', signals: [] } })).toEqual({ kind: 'none' });
    });

    it('does not take a request for help with another subject as one about this problem', () => {
      const asking = { ...inContext, recognition: { ...other, wantsHuman: true } };
      expect(decide({ ...asking, reading: { kind: 'unrelated', anotherSubject: true, signals: [] } })).toEqual({ kind: 'none' });
      expect(decide({ ...asking, reading: { kind: 'unrelated', anotherSubject: false, signals: [] } })).toMatchObject({ kind: 'open-case', reason: 'asked' });
    });
  });
});
