import { z } from 'zod';
import { LANGS } from '../knowledge';
import type { CaseQuery, Period } from '../reports/types';

const DAY_MS = 86_400_000;
/** The longest period the insight and the exports cover at once. */
export const MAX_PERIOD_DAYS = 366;
export const PAGE_SIZE = 50;
const STATES = ['waiting', 'open', 'claimed', 'resolved', 'cancelled'] as const;

/** A calendar day, YYYY-MM-DD, that exists (2025-02-30 does not). */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(Date.parse(d)).toISOString().startsWith(d), 'is not a calendar day');

const text = (max: number) => z.string().trim().max(max).optional();

/** The query string as an object, without empty values (an empty search field is no criterion). */
export function queryOf(raw: string): Record<string, string> {
  return Object.fromEntries([...new URLSearchParams(raw)].filter(([, value]) => value.trim() !== ''));
}

/** The start of a day and the start of the day after another: the period [from, to] of whole UTC days. */
export function periodOfDays(from: string, to: string): Period {
  return { from: `${from}T00:00:00.000Z`, to: new Date(Date.parse(to) + DAY_MS).toISOString() };
}

const periodFields = { from: day.optional(), to: day.optional() };

/** from/to (inclusive days); by default the 30 days up to today. */
export function periodQuery(today: Date) {
  return z.object(periodFields).transform((q, ctx) => {
    const to = q.to ?? today.toISOString().slice(0, 10);
    const from = q.from ?? new Date(Date.parse(to) - 29 * DAY_MS).toISOString().slice(0, 10);
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
    if (days < 1 || days > MAX_PERIOD_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: `the period must run forward and span at most ${MAX_PERIOD_DAYS} days` });
      return z.NEVER;
    }
    return { days: { from, to }, period: periodOfDays(from, to) };
  });
}

export const searchQuery = z.object({
  ref: text(40),
  user: text(200),
  words: text(200),
  state: z.string().optional().transform((v) => (v ? v.split(',') : undefined)).pipe(z.array(z.enum(STATES)).optional()),
  lang: z.enum(LANGS).optional(),
  ...periodFields,
  page: z.coerce.number().int().min(0).max(1000).default(0),
}).transform((q): CaseQuery => ({
  ...(q.ref ? { ref: q.ref } : {}),
  ...(q.user ? { user: q.user } : {}),
  ...(q.words ? { words: q.words } : {}),
  ...(q.state ? { states: q.state } : {}),
  ...(q.lang ? { lang: q.lang } : {}),
  ...(q.from ? { openedFrom: `${q.from}T00:00:00.000Z` } : {}),
  ...(q.to ? { openedTo: periodOfDays(q.to, q.to).to } : {}),
  // One more than a page: tells whether there is a next one.
  limit: PAGE_SIZE + 1,
  offset: q.page * PAGE_SIZE,
}));

export const actionBody = z.object({
  /** Chosen by the page per click: a retried request is applied once. */
  requestId: z.string().uuid(),
  note: z.string().max(1000).optional(),
}).strict();

export const separatorQuery = z.object({ sep: z.enum(['comma', 'semicolon']).optional() });
