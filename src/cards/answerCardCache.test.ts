import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge';
import { answerCard } from './answerCard';
import { AnswerCardCache } from './answerCardCache';

const knowledge = loadKnowledge();

describe('AnswerCardCache', () => {
  it('returns the same card as the builder, built once per language, phase and day', () => {
    const cache = new AnswerCardCache(knowledge);
    const now = new Date('2025-11-02T08:00:00Z');
    const first = cache.get('fr', 'retired', now);
    expect(first).toEqual(answerCard(knowledge, { lang: 'fr', phase: 'retired', now }));
    expect(cache.get('fr', 'retired', new Date('2025-11-02T23:59:59Z'))).toBe(first);
    expect(cache.get('de', 'retired', now)).not.toBe(first);
  });

  it('builds a new card when the day it states changes', () => {
    const cache = new AnswerCardCache(knowledge);
    const monday = cache.get('en', 'retired', new Date('2025-11-03T12:00:00Z'));
    const tuesday = cache.get('en', 'retired', new Date('2025-11-04T00:00:01Z'));
    expect(tuesday).not.toBe(monday);
    expect(JSON.stringify(tuesday)).toContain('November 4, 2025');
  });

  it('hands out frozen cards, so one reply cannot change the next', () => {
    const card = new AnswerCardCache(knowledge).get('en', 'self-service', new Date('2025-05-01T00:00:00Z'));
    expect(() => {
      (card as { body: unknown[] }).body.push({ type: 'TextBlock', text: 'x' });
    }).toThrow(TypeError);
  });
});
