import { NOT_TYPOS, REQUEST_WORDS } from './lexicon/requestWords';

const MIN_LENGTH = 5;
const LONG_ENOUGH = new RegExp(`[a-z]{${MIN_LENGTH},}`, 'g');
const KEEP = new Set([...REQUEST_WORDS, ...NOT_TYPOS]);
/** Request words by length, so a word is only compared with those one letter shorter, as long, or longer. */
const BY_LENGTH = new Map<number, string[]>();
for (const word of REQUEST_WORDS) BY_LENGTH.set(word.length, [...(BY_LENGTH.get(word.length) ?? []), word]);

/**
 * Normalized text with every Latin word that is one typo away from a request word (a letter
 * missing, extra, wrong, or two letters swapped) replaced by that word: people type fast when
 * they want a person ("open a tikcet", "una pesona", "me belen").
 */
export function correctRequestWords(normalized: string): string {
  return normalized.replace(LONG_ENOUGH, corrected);
}

// Words recur from message to message: each is looked up once. Bounded, so a flood of novel words cannot grow it.
const CORRECTED = new Map<string, string>();
const MAX_REMEMBERED = 20_000;

function corrected(word: string): string {
  let result = CORRECTED.get(word);
  if (result === undefined) {
    result = KEEP.has(word) ? word : (intendedWord(word) ?? word);
    if (CORRECTED.size >= MAX_REMEMBERED) CORRECTED.clear();
    CORRECTED.set(word, result);
  }
  return result;
}

function intendedWord(word: string): string | undefined {
  for (const length of [word.length, word.length - 1, word.length + 1]) {
    if (length < MIN_LENGTH) continue;
    const match = BY_LENGTH.get(length)?.find((candidate) => oneEditApart(word, candidate));
    if (match) return match;
  }
  return undefined;
}

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
