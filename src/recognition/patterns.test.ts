import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allOf, anyOf } from './patterns';

// The plain construction: every pattern carries its own Latin word boundaries. anyOf/allOf share one
// lookbehind between neighbouring Latin-headed patterns for speed; they must match the same spans.
function perPatternBoundaries(sources: readonly string[]): RegExp {
  const latin = /[\x21-\x7e]/;
  const bounded = sources.map((source) => {
    const head = latin.test(source.charAt(0)) ? '(?<![a-z0-9])' : '';
    const tail = latin.test(source.charAt(source.length - 1)) ? '(?![a-z0-9])' : '';
    return `${head}(?:${source})${tail}`;
  });
  return new RegExp(bounded.join('|'), 'gu');
}

function spans(pattern: RegExp, text: string): Array<[number, number]> {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}

const SOURCES = ['ab', 'a b', 'b(?:a|c)?', '担当', '人と(?:話|ab)', '(?:ca|担)', 'c', 'ba 人'];
const TEXT = fc.array(fc.constantFrom('a', 'b', 'c', ' ', '人', 'と', '話', '担', '当', '1'), { maxLength: 24 }).map((chars) => ` ${chars.join('')} `);

describe('anyOf / allOf word boundaries', () => {
  it('match the same spans as per-pattern boundaries, for Latin, CJK and mixed patterns in any order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(SOURCES, { minLength: 1 }), TEXT, (sources, text) => {
        const reference = perPatternBoundaries(sources);
        expect(spans(allOf(sources), text)).toEqual(spans(reference, text));
        expect(anyOf(sources).test(text)).toBe(spans(reference, text).length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a Latin pattern from matching inside a longer word, and CJK patterns as substrings', () => {
    expect(anyOf(['token']).test(' tokens ')).toBe(false);
    expect(anyOf(['token']).test(' my token ')).toBe(true);
    expect(anyOf(['担当']).test(' 担当者に ')).toBe(true);
  });
});
