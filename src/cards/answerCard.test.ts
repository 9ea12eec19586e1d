import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load';
import { LANGS, PHASES } from '../knowledge/types';
import { answerCard } from './answerCard';
import { helpCard } from './helpCard';
import { assertValidCard } from './testing/validate';
import type { ActionExecute } from './types';

const k = loadKnowledge();
const FAQ = 'faq-nested-app-auth-outlook-legacy-tokens';
const now = new Date('2025-08-15T10:00:00Z');

describe('answerCard', () => {
  for (const lang of LANGS) {
    for (const phase of PHASES) {
      for (const caseRef of [undefined, 'WF-1024']) {
        it(`${lang} / ${phase}${caseRef ? ' / with case' : ''} is a valid card`, () => {
          const card = answerCard(k, { lang, phase, now, ...(caseRef ? { caseRef } : {}) });
          assertValidCard(card, { lang, learnLocale: k.learnLocale(lang) });
          const json = JSON.stringify(card);
          expect(json).toContain(FAQ);
          expect(json.includes('turn-exchange-tokens-on-off')).toBe(phase === 'self-service');
          const caseLine = k.t(lang, 'answer.caseOpened', { ref: 'WF-1024' });
          expect(json.includes(caseLine)).toBe(phase === 'exception-only' && caseRef !== undefined);
        });
      }
    }
  }

  it('offers the three buttons as Action.Execute with the exact verbs', () => {
    const actions = answerCard(k, { lang: 'de', phase: 'retired', now }).actions as ActionExecute[];
    expect(actions.map((a) => [a.type, a.verb, a.data.verb])).toEqual([
      ['Action.Execute', 'feedback.helped', 'feedback.helped'],
      ['Action.Execute', 'feedback.notHelped', 'feedback.notHelped'],
      ['Action.Execute', 'handoff', 'handoff'],
    ]);
    expect(actions.map((a) => a.title)).toEqual(['Das hat geholfen', 'Funktioniert immer noch nicht', 'Mit einer Person sprechen']);
    expect(actions[2]?.data).toMatchObject({ lang: 'de', phase: 'retired' });
  });

  it('numbers the steps and shows today’s date', () => {
    const card = answerCard(k, { lang: 'en', phase: 'self-service', now: new Date('2025-05-01T10:00:00Z') });
    const json = JSON.stringify(card);
    expect(json).toContain('What is true today (May 1, 2025)');
    expect(json).toContain('"text":"5."');
    expect(json).not.toContain('"text":"6."');
  });

  it('escapes a case reference it did not produce itself', () => {
    const card = answerCard(k, { lang: 'en', phase: 'exception-only', now, caseRef: '[x](http://evil)' });
    assertValidCard(card, { lang: 'en', learnLocale: 'en-us', userTexts: ['[x](http://evil)'] });
  });
});

describe('helpCard', () => {
  it.each(LANGS)('%s is valid and is not a resolution card', (lang) => {
    const card = helpCard(k, lang);
    assertValidCard(card, { lang, learnLocale: k.learnLocale(lang) });
    expect(JSON.stringify(card)).not.toContain(FAQ);
    expect(JSON.stringify(card)).toContain(k.t(lang, 'help.title'));
  });

  it('the none reply does not carry the FAQ link either', () => {
    for (const lang of LANGS) expect(k.t(lang, 'none.reply')).not.toContain(FAQ);
  });
});
