import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/load';
import { answerCard } from '../answerCard';
import { cardProblems } from './validate';
import type { AdaptiveCard, CardElement } from '../types';

// The validator must be able to fail: each broken card below has to be caught.
const k = loadKnowledge();
const good = answerCard(k, { lang: 'fr', phase: 'self-service', now: new Date('2025-05-01T00:00:00Z') });
const withBody = (...extra: unknown[]): AdaptiveCard => ({ ...good, body: [...good.body, ...(extra as CardElement[])] });
const check = (card: AdaptiveCard) => cardProblems(card, { lang: 'fr', learnLocale: 'fr-fr' }).join('\n');

describe('cardProblems', () => {
  it('accepts a good card', () => {
    expect(check(good)).toBe('');
  });

  it('catches a wrong lang', () => {
    expect(check({ ...good, lang: 'de' })).toMatch(/lang is "de"/);
  });

  it('catches an unknown element, a misspelled property and an invalid value', () => {
    const out = check(withBody({ type: 'Bogus' }, { type: 'TextBlock', text: 'x', colour: 'red' }, { type: 'TextBlock', text: 'y', weight: 'Heavy' }));
    expect(out).toMatch(/Unknown element type "Bogus"/);
    expect(out).toMatch(/dropped body\[\d+\]\.colour/);
    expect(out).toMatch(/Invalid value "Heavy"/);
  });

  it('catches a card from a wrong version', () => {
    expect(check({ ...good, version: '1.2' as '1.5' })).toMatch(/not an Adaptive Card 1.5/);
  });

  it('catches http links and a learn.microsoft.com locale that does not match', () => {
    expect(check(withBody({ type: 'TextBlock', text: 'see http://learn.microsoft.com/fr-fr/x' }))).toMatch(/not https/);
    expect(check(withBody({ type: 'TextBlock', text: '[doc](https://learn.microsoft.com/en-us/x)' }))).toMatch(/locale en-us, expected fr-fr/);
  });

  it('catches injected markdown links, mentions and raw user text in markdown', () => {
    expect(check(withBody({ type: 'TextBlock', text: 'hi [click](https://evil.example)' }))).toMatch(/markdown link/);
    expect(check(withBody({ type: 'TextBlock', text: '<at>Everyone</at>' }))).toMatch(/mention/);
    const card = withBody({ type: 'TextBlock', text: 'said **bold**' });
    expect(cardProblems(card, { lang: 'fr', userTexts: ['**bold**'] }).join()).toMatch(/unescaped user text/);
  });

  it('catches bidi and control characters anywhere', () => {
    expect(check(withBody({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'a\u202Eb' }] }))).toMatch(/bidi/);
  });

  it('catches an oversized card', () => {
    const big = withBody(...Array.from({ length: 40 }, () => ({ type: 'TextBlock', text: 'z'.repeat(1000) })));
    expect(check(big)).toMatch(/bytes \(limit 28672\)/);
  });
});
