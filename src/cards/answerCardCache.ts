import type { Knowledge } from '../knowledge/knowledge';
import type { Lang, Phase } from '../knowledge/types';
import { answerCard } from './answerCard';
import type { AdaptiveCard } from './types';

/**
 * The answer card depends only on language, phase and the (UTC) day it states, yet building it
 * (strings, dates, markdown escaping) is the largest part of answering. Cards are built once per
 * day and key, and frozen so that a shared card can never be changed by whoever sends it.
 */
export class AnswerCardCache {
  private day = '';
  private readonly cards = new Map<string, AdaptiveCard>();

  constructor(private readonly knowledge: Knowledge) {}

  get(lang: Lang, phase: Phase, now: Date): AdaptiveCard {
    const day = now.toISOString().slice(0, 10);
    if (day !== this.day) {
      this.cards.clear();
      this.day = day;
    }
    const key = `${lang}/${phase}`;
    let built = this.cards.get(key);
    if (!built) {
      built = deepFreeze(answerCard(this.knowledge, { lang, phase, now }));
      this.cards.set(key, built);
    }
    return built;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
