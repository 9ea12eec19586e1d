// Edges that are ASCII (letters, digits, regex syntax) get a Latin word boundary; CJK edges do not.
const ASCII_EDGE = /[\x21-\x7e]/;

/**
 * Puts a word boundary on each side of a pattern that begins/ends with a Latin letter or digit
 * (CJK patterns stay substrings: those scripts have no spaces between words).
 */
function withBoundaries(source: string): string {
  const first = source.charAt(0);
  const last = source.charAt(source.length - 1);
  const head = ASCII_EDGE.test(first) ? '(?<![a-z0-9])' : '';
  const tail = ASCII_EDGE.test(last) ? '(?![a-z0-9])' : '';
  return `${head}(?:${source})${tail}`;
}

/** One regex matching any of the given lexicon patterns somewhere in normalized text. */
export function anyOf(sources: readonly string[]): RegExp {
  if (sources.length === 0) return /(?!)/;
  return new RegExp(sources.map(withBoundaries).join('|'), 'u');
}

/** One regex matching when the WHOLE normalized text is one of the patterns. */
export function wholeOf(sources: readonly string[]): RegExp {
  if (sources.length === 0) return /(?!)/;
  return new RegExp(`^ (?:${sources.join('|')}) $`, 'u');
}

/** One global regex over the patterns, for listing every match position. */
export function allOf(sources: readonly string[]): RegExp {
  if (sources.length === 0) return /(?!)/g;
  return new RegExp(sources.map(withBoundaries).join('|'), 'gu');
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
 * True when a match of `first` and a match of `second` lie within `window` characters of each
 * other, in either order (normalized text has no sentence punctuation left). Two linear scans
 * instead of one regex with a gap: a lazy gap between alternations is slow on long pastes.
 * Each side is a list of global regexes (one per language keeps each regex small and compiled).
 */
export function near(first: readonly RegExp[], second: readonly RegExp[], text: string, window: number): boolean {
  const a = spans(first, text);
  if (a.length === 0) return false;
  const b = spans(second, text);
  // Gap between the two spans (overlapping spans count as adjacent: "mich bitte mit einem Mitarbeiter verbinden").
  return a.some(([aStart, aEnd]) => b.some(([bStart, bEnd]) => bStart - aEnd <= window && aStart - bEnd <= window));
}
