import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load';
import { FOLLOW_UP_TOPICS, LANGS, PHASES } from '../knowledge/types';
import { answerCard } from './answerCard';
import { followUpCard } from './followUpCard';
import { assertValidCard } from './testing/validate';
import type { ActionExecute, TextBlock } from './types';

const k = loadKnowledge();
const FAQ = 'faq-nested-app-auth-outlook-legacy-tokens';
const TOPICS = [...FOLLOW_UP_TOPICS, undefined];

describe('followUpCard', () => {
  for (const lang of LANGS) {
    it(`${lang}: valid for every topic and phase, with no Microsoft link`, () => {
      for (const phase of PHASES) {
        for (const topic of TOPICS) {
          const card = followUpCard(k, { lang, phase, topic });
          assertValidCard(card, { lang, learnLocale: k.learnLocale(lang) });
          expect(card.lang).toBe(lang);
          expect(JSON.stringify(card)).not.toContain(FAQ);
          expect(JSON.stringify(card)).not.toContain('learn.microsoft.com');
        }
      }
    });
  }

  it('holds the answer of the topic for the phase', () => {
    const card = followUpCard(k, { lang: 'fr', phase: 'retired', topic: 'admin' });
    expect((card.body[0] as TextBlock).text).toBe(k.followUp('fr', 'admin', 'retired').text);
    const earlier = followUpCard(k, { lang: 'fr', phase: 'self-service', topic: 'admin' });
    expect((earlier.body[0] as TextBlock).text).not.toBe((card.body[0] as TextBlock).text);
  });

  it('says it cannot answer when no topic covers the question', () => {
    const card = followUpCard(k, { lang: 'ja', phase: 'retired', topic: undefined });
    expect((card.body[0] as TextBlock).text).toBe(k.t('ja', 'followUp.cannotAnswer'));
  });

  it('has exactly the answer card’s "Talk to a person" button, so a click opens a case the same way', () => {
    for (const phase of PHASES) {
      const [action] = followUpCard(k, { lang: 'de', phase, topic: 'why' }).actions as ActionExecute[];
      const handoff = (answerCard(k, { lang: 'de', phase, now: new Date('2026-12-04T10:00:00Z') }).actions as ActionExecute[]).find((a) => a.verb === 'handoff');
      expect(followUpCard(k, { lang: 'de', phase, topic: 'why' }).actions).toHaveLength(1);
      expect(action).toEqual(handoff);
      expect(action?.data).toEqual({ verb: 'handoff', lang: 'de', phase });
    }
  });
});
