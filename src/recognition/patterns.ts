// Edges that are ASCII (letters, digits, regex syntax) get a Latin word boundary; CJK edges do not.
const ASCII_EDGE = /[\x21-\x7e]/;

const HEAD = '(?<![a-z0-9])';
const TAIL = '(?![a-z0-9])';

/**
 * The alternation of the given lexicon patterns, each bounded as a word: a pattern that begins/ends
 * with a Latin letter or digit gets a Latin word boundary on that side (CJK patterns stay substrings:
 * those scripts have no spaces between words). Consecutive patterns with a Latin head share one
 * lookbehind, `(?<!x)(?:A(?!x)|B(?!x))`, which matches exactly what `(?<!x)A(?!x)|(?<!x)B(?!x)` does,
 * in the same order, but lets V8 scan for the patterns' first characters instead of testing the
 * lookbehind at every position (about 2x faster on the long lists).
 */
function boundedAlternation(sources: readonly string[]): string {
  const groups: string[] = [];
  let headed: string[] = [];
  const closeHeaded = (): void => {
    if (headed.length > 0) groups.push(`${HEAD}(?:${headed.join('|')})`);
    headed = [];
  };
  for (const source of sources) {
    const bounded = `(?:${source})${ASCII_EDGE.test(source.charAt(source.length - 1)) ? TAIL : ''}`;
    if (ASCII_EDGE.test(source.charAt(0))) {
      headed.push(bounded);
    } else {
      closeHeaded();
      groups.push(bounded);
    }
  }
  closeHeaded();
  return groups.join('|');
}

/** One regex matching any of the given lexicon patterns somewhere in normalized text. */
export function anyOf(sources: readonly string[]): RegExp {
  if (sources.length === 0) return /(?!)/;
  return new RegExp(boundedAlternation(sources), 'u');
}

/** One regex matching when the WHOLE normalized text is one of the patterns. */
export function wholeOf(sources: readonly string[]): RegExp {
  if (sources.length === 0) return /(?!)/;
  return new RegExp(`^ (?:${sources.join('|')}) $`, 'u');
}

/** One global regex over the patterns, for listing every match position. */
export function allOf(sources: readonly string[]): RegExp {
  if (sources.length === 0) return /(?!)/g;
  return new RegExp(boundedAlternation(sources), 'gu');
}

type Span = readonly [start: number, end: number];

// exec() on the shared global regex instead of matchAll(), which clones the regex on every call.
function spans(patterns: readonly RegExp[], text: string): Span[] {
  const found: Span[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      found.push([match.index, match.index + match[0].length]);
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  return found;
}

/**
 * True when, for one language, a match of `first[i]` and a match of `second[i]` lie within `window`
 * characters of each other, in either order (normalized text has no sentence punctuation left).
 * Pairs stay within a language: a German verb stem next to an English noun is not a German request
 * ("request the legacy token" is not "leg…" + "request"). Two linear scans instead of one regex with
 * a gap: a lazy gap between alternations is slow on long pastes.
 */
export function near(first: readonly RegExp[], second: readonly RegExp[], text: string, window: number): boolean {
  return first.some((pattern, i) => {
    const a = spans([pattern], text);
    if (a.length === 0) return false;
    const b = spans([second[i]!], text);
    // Gap between the two spans (overlapping spans count as adjacent: "mich bitte mit einem Mitarbeiter verbinden").
    return a.some(([aStart, aEnd]) => b.some(([bStart, bEnd]) => bStart - aEnd <= window && aStart - bEnd <= window));
  });
}
