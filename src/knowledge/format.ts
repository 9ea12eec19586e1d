import type { Lang } from './types';

/** A calendar date in the language's long style, read in UTC so every reader sees the same day. */
export function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long ago something happened, e.g. "3 hours ago" / "il y a 3 heures"; under a minute reads as "now". */
export function formatAge(lang: Lang, ms: number): string {
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const age = Math.max(0, ms);
  for (const [unit, size] of UNITS) {
    if (age >= size) return rtf.format(-Math.floor(age / size), unit);
  }
  return rtf.format(0, 'second');
}
