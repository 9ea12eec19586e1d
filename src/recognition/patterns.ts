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
