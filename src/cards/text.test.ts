import { describe, expect, it } from 'vitest';
import { escapeMarkdown, FORBIDDEN_CHARS, plainText } from './text';

describe('plainText', () => {
  it('removes bidi overrides, zero-width and control characters', () => {
    expect(plainText('in\u202Evoice\u200B.pdf\u0007')).toBe('invoice.pdf');
    expect(plainText('a\u2066b\u2069c\uFEFF')).toBe('abc');
    expect(FORBIDDEN_CHARS.test(plainText('x\u202Ey\u0000z\u009B'))).toBe(false);
  });

  it('keeps line breaks but normalizes them and trims', () => {
    expect(plainText('  one\r\ntwo\n\n\n\nthree\t! ')).toBe('one\ntwo\n\nthree !');
  });

  it('keeps markdown characters as they are (TextRun shows them verbatim)', () => {
    expect(plainText('[click](http://evil) <at>x</at> **bold**')).toBe('[click](http://evil) <at>x</at> **bold**');
  });

  it('caps the length without splitting a surrogate pair', () => {
    expect(plainText('abcdef', 4)).toBe('abc…');
    const capped = plainText('😀😀😀😀', 3);
    expect(capped).toBe('😀😀…');
    expect(plainText('short', 10)).toBe('short');
  });
});

describe('escapeMarkdown', () => {
  it('neutralizes links, mentions and emphasis', () => {
    expect(escapeMarkdown('[click](http://evil)')).toBe('\\[click\\]\\(http://evil\\)');
    expect(escapeMarkdown('<at>x</at>')).toBe('\\<at\\>x\\</at\\>');
    expect(escapeMarkdown('**bold** _it_')).toBe('\\*\\*bold\\*\\* \\_it\\_');
    expect(escapeMarkdown('a\\b')).toBe('a\\\\b');
  });

  it('also strips what plainText strips', () => {
    expect(escapeMarkdown('\u202Eevil')).toBe('evil');
  });

  it('leaves ordinary text and case references alone', () => {
    expect(escapeMarkdown('Case WF-1024, done.')).toBe('Case WF-1024, done.');
  });
});
