import { GLOBAL } from './lexicon';
import { compact, latinWords } from './normalize';

const NAME = GLOBAL.tokenName;
/** Edits tolerated in a misspelled name ("outlookIdentitiyToken", "OutlookIdentToken", "outlok identity token"). */
const MAX_EDITS = 3;
const MAX_WORDS_JOINED = 3;

export type TokenNameMatch = 'token-name' | 'token-fuzzy';

/**
 * Finds the token name however it is written: any case, split, hyphenated, glued to CJK text
 * (exact after removing separators), or misspelled (bounded edit distance on joined words).
 */
export function findTokenName(normalized: string): TokenNameMatch | undefined {
  if (compact(normalized).includes(NAME)) return 'token-name';
  const words = latinWords(normalized);
  for (let start = 0; start < words.length; start++) {
    let joined = '';
    for (let count = 0; count < MAX_WORDS_JOINED && start + count < words.length; count++) {
      joined += words[start + count];
      if (joined.length > NAME.length + MAX_EDITS) break;
      if (looksLikeName(joined) && withinEdits(joined, NAME, MAX_EDITS)) return 'token-fuzzy';
    }
  }
  return undefined;
}

// Cheap filter before the edit distance: misspellings keep at least the start or the end.
function looksLikeName(candidate: string): boolean {
  return candidate.length >= NAME.length - MAX_EDITS && (candidate.startsWith('ou') || candidate.includes('token') || candidate.includes('ident'));
}

/** Levenshtein distance <= max, computed on one rolling row with an early exit. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return false;
    previous = current;
  }
  return (previous[b.length] ?? max + 1) <= max;
}
