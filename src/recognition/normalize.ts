/** Only this many characters of a message are analyzed: huge pastes must stay fast. */
export const MAX_ANALYZED_CHARS = 4000;

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// Combining diacritics of Latin/Greek/Cyrillic only: kana voicing marks (U+3099/309A) must survive.
const LATIN_DIACRITICS = /[\u0300-\u036F]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Canonical form every matcher works on: NFKC (full-width -> ASCII, half-width kana -> kana),
 * invisible and bidi controls removed, lowercase, Latin accents stripped, ß -> ss,
 * every run of punctuation/whitespace/hyphens -> one space, padded with spaces.
 */
export function normalize(text: string): string {
  const capped = text.slice(0, MAX_ANALYZED_CHARS);
  const folded = capped
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_DIACRITICS, '')
    .normalize('NFC')
    .replace(/ß/g, 'ss');
  return ` ${folded.replace(SEPARATORS, ' ').trim()} `;
}

/** Normalized text with every separator removed: "Outlook-Identity token" -> "outlookidentitytoken". */
export function compact(normalized: string): string {
  return normalized.replace(/ /g, '');
}

/** Runs of Latin letters/digits, i.e. the words a misspelled token name can be made of. */
export function latinWords(normalized: string): string[] {
  return normalized.match(/[a-z0-9]+/g) ?? [];
}
