import { lang } from './strings';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let value = cache.get(`${lang()}|${key}`) as T | undefined;
  if (!value) cache.set(`${lang()}|${key}`, (value = make()));
  return value;
}

/** Date and time in the agent's own time zone. */
export function dateTime(iso: string): string {
  return cached('dateTime', () => new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(iso));
}

export function time(iso: string): string {
  return cached('time', () => new Intl.DateTimeFormat(lang(), { timeStyle: 'medium' })).format(new Date(iso));
}

/** A UTC calendar day (YYYY-MM-DD), e.g. "4 Dec". */
export function day(isoDay: string): string {
  return cached('day', () => new Intl.DateTimeFormat(lang(), { day: 'numeric', month: 'short', timeZone: 'UTC' })).format(new Date(`${isoDay}T00:00:00Z`));
}

export function languageName(code: string): string {
  return cached('languages', () => new Intl.DisplayNames([lang()], { type: 'language' })).of(code) ?? code;
}

export function percent(value: number | null): string {
  return value === null ? '–' : cached('percent', () => new Intl.NumberFormat(lang(), { style: 'percent', maximumFractionDigits: 0 })).format(value);
}

export function count(value: number): string {
  return cached('count', () => new Intl.NumberFormat(lang())).format(value);
}

/** A duration in the largest unit that keeps it readable: minutes, hours, then days. */
export function duration(ms: number): string {
  const minutes = ms / 60_000;
  const [unit, amount] = minutes < 90 ? ['minute', minutes] : minutes < 48 * 60 ? ['hour', minutes / 60] : ['day', minutes / 1440];
  const digits = amount < 10 ? 1 : 0;
  return cached(`duration-${unit}-${digits}`, () => new Intl.NumberFormat(lang(), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits })).format(amount);
}
