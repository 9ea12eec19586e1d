import { NOT_TYPOS, REQUEST_WORDS } from './lexicon/requestWords';

const MIN_LENGTH = 5;
const LONG_ENOUGH = new RegExp(`[a-z]{${MIN_LENGTH},}`, 'g');
// Words recur from message to message: each is looked up once. Bounded, so a flood of novel words cannot grow it.
const MAX_REMEMBERED = 20_000;

/**
 * A function that replaces, in normalized text, every Latin word one typo away from one of `words`
 * (a letter missing, extra, wrong, or two letters swapped) by that word; words in `keep` stay as written.
 */
function corrector(words: readonly string[], keep: readonly string[] = []): (normalized: string) => string {
  const kept = new Set([...words, ...keep]);
  /** Candidates by length, so a word is only compared with those one letter shorter, as long, or longer. */
  const byLength = new Map<number, string[]>();
  for (const word of words) byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
  const remembered = new Map<string, string>();
  const intended = (word: string): string | undefined => {
    for (const length of [word.length, word.length - 1, word.length + 1]) {
      if (length < MIN_LENGTH) continue;
      const match = byLength.get(length)?.find((candidate) => oneEditApart(word, candidate));
      if (match) return match;
    }
    return undefined;
  };
  const corrected = (word: string): string => {
    let result = remembered.get(word);
    if (result === undefined) {
      result = kept.has(word) ? word : (intended(word) ?? word);
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      remembered.set(word, result);
    }
    return result;
  };
  return (normalized) => normalized.replace(LONG_ENOUGH, corrected);
}

/** Request words typed fast ("open a tikcet", "una pesona", "me belen"): people type fast when they want a person. */
export const correctRequestWords = corrector(REQUEST_WORDS, NOT_TYPOS);

export const PRODUCT_NAMES: readonly string[] = ['workfront', 'outlook'];
/** The two product names typed fast ("workfornt", "wokrfront", "outlok", "outllook"). */
export const correctProductNames = corrector(PRODUCT_NAMES);

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i];
    return sameFrom(a, i + 1, b, i + 1) || (swapped && sameFrom(a, i + 2, b, i + 2)); // substitution, swap
  }
  return a.length > b.length ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1); // insertion, deletion
}

/** a from index i equals b from index j (without copying either). */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a[i] !== b[j]) return false;
  return true;
}
