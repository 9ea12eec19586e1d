import type { Lang } from './types';

// Building an Intl formatter costs far more than using one: keep one per language.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const relativeFormats = new Map<Lang, Intl.RelativeTimeFormat>();

/** A calendar date in the language's long style, read in UTC so every reader sees the same day. */
export function formatDate(lang: Lang, date: Date): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long ago something happened, e.g. "3 hours ago" / "il y a 3 heures"; under a minute reads as "now". */
export function formatAge(lang: Lang, ms: number): string {
  let rtf = relativeFormats.get(lang);
  if (!rtf) {
    rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    relativeFormats.set(lang, rtf);
  }
  const age = Math.max(0, ms);
  for (const [unit, size] of UNITS) {
    if (age >= size) return rtf.format(-Math.floor(age / size), unit);
  }
  return rtf.format(0, 'second');
}
