/**
 * Making untrusted text safe to show in a card.
 * - plainText: for TextRun (which Teams shows verbatim): drops control, bidi-override and invisible
 *   characters (they can disguise text, e.g. U+202E reverses it) and caps the length.
 * - escapeMarkdown: for the few places that parse markdown (TextBlock, titles): plainText plus a
 *   backslash before every markdown or HTML-ish character, so links, mentions and emphasis cannot form.
 */

// C0/C1 controls except tab and newline.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Bidi embeddings/overrides/isolates, marks, zero-width characters, word joiner, BOM.
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const MARKDOWN = /[\\`*_{}[\]()<>#+!|~]/g;

export const DEFAULT_MAX_CHARS = 1000;

export function plainText(value: string, maxChars = DEFAULT_MAX_CHARS): string {
  const cleaned = value
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(/\t/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const chars = [...cleaned]; // code points, so a surrogate pair is never split
  return chars.length <= maxChars ? cleaned : `${chars.slice(0, Math.max(0, maxChars - 1)).join('').trimEnd()}…`;
}

export function escapeMarkdown(value: string, maxChars = DEFAULT_MAX_CHARS): string {
  return plainText(value, maxChars).replace(MARKDOWN, '\\$&');
}

/** Characters that must never reach a card, for tests and the card validator. */
export const FORBIDDEN_CHARS = new RegExp(`${CONTROL.source}|${INVISIBLE.source}`);
