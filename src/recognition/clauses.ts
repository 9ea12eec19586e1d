import { normalize } from './normalize';
import { correctProductNames } from './spelling';

// Sentence ends, commas, colons and dashes between spaces: where one request or one report ends.
const CLAUSE_BREAK = /[.!?;:\n\r,\u2026\u3001\u3002\uFF01\uFF1F\uFF1B\uFF1A\uFF0C]+|\s[-\u2013\u2014]+\s/gu;
// A letter (U+01C2) that normalization keeps as its own word: it carries clause edges through
// normalize() so the message is normalized once, not once per clause.
const MARK = '\u01C2';
const MARK_WORD = new RegExp(` ${MARK}(?= )`, 'gu');
/** Clauses looked at per message: a long paste is judged on its first ones. */
const MAX_CLAUSES = 16;

export interface NormalizedMessage {
  /** The whole message, normalized (see normalize), the product names' typing errors corrected. */
  normalized: string;
  /**
   * The same message cut at sentence punctuation, each clause normalized and space-padded.
   * Asking for a person is decided per clause, so a clause that reports a past call
   * ("I already called support, ...") cannot lend its words to the next one.
   */
  clauses: string[];
}

export function normalizeMessage(text: string): NormalizedMessage {
  const marked = correctProductNames(normalize(text.replace(/\u01C2/gu, ' ').replace(CLAUSE_BREAK, ` ${MARK} `)));
  const normalized = marked.replace(MARK_WORD, '');
  const clauses = marked
    .split(MARK)
    .slice(0, MAX_CLAUSES)
    .map((clause) => ` ${clause.trim()} `)
    .filter((clause) => clause.length > 2);
  return { normalized, clauses: clauses.length > 0 ? clauses : [normalized] };
}
