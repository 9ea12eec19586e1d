import { describe, expect, it } from 'vitest';
import { compact, MAX_ANALYZED_CHARS, normalize } from './normalize';

describe('normalize', () => {
  it('lowercases, strips Latin accents and collapses punctuation', () => {
    expect(normalize('  Réactiver   les JETONS—hérités !! ')).toBe(' reactiver les jetons herites ');
  });
  it('folds full-width letters and removes zero-width and bidi characters', () => {
    expect(normalize('Ｗｏｒｋ\u200Bfront \u202Eoutlook\u202C')).toBe(' workfront outlook ');
  });
  it('keeps Japanese voiced kana intact', () => {
    expect(normalize('ガイドのエラー')).toBe(' ガイドのエラー ');
  });
  it('maps ß to ss', () => {
    expect(normalize('Schließen')).toBe(' schliessen ');
  });
  it('only looks at the first MAX_ANALYZED_CHARS characters', () => {
    const text = 'a'.repeat(MAX_ANALYZED_CHARS) + ' workfront';
    expect(normalize(text)).not.toContain('workfront');
  });
  it('compacts a split, hyphenated token name', () => {
    expect(compact(normalize('Outlook-Identity_Token'))).toBe('outlookidentitytoken');
  });
});
