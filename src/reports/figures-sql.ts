import { LANGS, PHASES } from '../knowledge/types';
import { Bound, type Dialect } from './dialect';
import type { Period } from './types';

/**
 * How the figures' queries group rows. Additive figures are counted per cell (language × phase) and
 * summed per language, per phase and in total by the caller; each interaction row carries, for the
 * people counts, whether it is its person's first of the period overall, in its language and in its
 * phase, so those sums stay distinct counts. Durations are counted per cell and whole minute, and ranked
 * per grouping by the caller.
 */
export type Cells = 'cell' | 'day';

export interface Query {
  text: string;
  values: unknown[];
}

/**
 * Every language and phase, named: with them SQLite reads the interactions of a period per cell from its
 * (lang, phase, at) index, in the order GROUP BY lang, phase wants, instead of sorting them.
 */
function everyCell(b: Bound): string {
  return `lang IN (${LANGS.map((lang) => b.v(lang)).join(', ')}) AND phase IN (${PHASES.map((phase) => b.v(phase)).join(', ')})`;
}

/** Per language and phase (the cells the caller sums), or per UTC day. */
function cellsOf(dialect: Dialect, cells: Cells, at: string): { select: string; group: string } {
  return cells === 'cell' ? { select: 'lang, phase', group: 'GROUP BY lang, phase' } : { select: `${dialect.day(at)} AS day`, group: 'GROUP BY day' };
}

/**
 * Messages, answers and people from the interaction log, per cell. A person counts once per group:
 * on the row that is their first of the period in that group (its prev_* time is before the period, see
 * interaction-sql.ts), so no sort or COUNT(DISTINCT) is needed, only a range scan; and since that mark is
 * a row's own, the cells' sums add up to each language's, each phase's and the period's people.
 */
export function peopleQuery(dialect: Dialect, period: Period): Query {
  const b = new Bound(dialect);
  // A placeholder per use: SQLite's are positional.
  const first = (column: string) => `(${column} IS NULL OR ${column} < ${b.v(period.from)})`;
  const count = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  const text = `SELECT lang, phase, ${count('message')} AS messages, ${count(`kind = 'answer'`)} AS answers,
      ${count(first('prev_at'))} AS people, ${count(`kind = 'case' AND ${first('prev_case_at')}`)} AS people_with_case,
      ${count(first('prev_lang_at'))} AS lang_people, ${count(`kind = 'case' AND ${first('prev_lang_case_at')}`)} AS lang_people_with_case,
      ${count(first('prev_phase_at'))} AS phase_people, ${count(`kind = 'case' AND ${first('prev_phase_case_at')}`)} AS phase_people_with_case
    FROM interactions WHERE ${everyCell(b)} AND at >= ${b.v(period.from)} AND at < ${b.v(period.to)} GROUP BY lang, phase`;
  return { text, values: b.values };
}

/** Messages and answers per UTC day. */
export function dailyMessagesQuery(dialect: Dialect, period: Period): Query {
  const b = new Bound(dialect);
  const text = `SELECT ${dialect.day('at')} AS day, SUM(CASE WHEN message THEN 1 ELSE 0 END) AS messages,
      SUM(CASE WHEN kind = 'answer' THEN 1 ELSE 0 END) AS answers
    FROM interactions WHERE ${everyCell(b)} AND at >= ${b.v(period.from)} AND at < ${b.v(period.to)} GROUP BY day`;
  return { text, values: b.values };
}

/** "This helped" / "Still not working" clicks. */
export function feedbackQuery(dialect: Dialect, cells: Cells, period: Period): Query {
  const b = new Bound(dialect);
  const { select, group } = cellsOf(dialect, cells, 'at');
  const text = `SELECT ${select}, SUM(CASE WHEN helped THEN 1 ELSE 0 END) AS helped, SUM(CASE WHEN helped THEN 0 ELSE 1 END) AS not_helped
    FROM feedback WHERE at >= ${b.v(period.from)} AND at < ${b.v(period.to)} ${group}`;
  return { text, values: b.values };
}

/** Cases opened in the period, by reason. */
export function casesOpenedQuery(dialect: Dialect, cells: Cells, period: Period): Query {
  const b = new Bound(dialect);
  const { select, group } = cellsOf(dialect, cells, 'opened_at');
  const text = `SELECT ${select}, reason, COUNT(*) AS n
    FROM cases WHERE opened_at >= ${b.v(period.from)} AND opened_at < ${b.v(period.to)} ${group}, reason`;
  return { text, values: b.values };
}

/**
 * How many of the cases opened in the period were first claimed (or resolved) after each whole minute,
 * per cell: a few thousand counts instead of the cases themselves. The durations are stored as integers
 * when the claim or resolution happens; integer division floors them to the minute on both databases.
 */
export function durationHistogramQuery(dialect: Dialect, period: Period, column: 'claim_ms' | 'resolve_ms'): Query {
  const b = new Bound(dialect);
  const text = `SELECT lang, phase, ${column} / 60000 AS minute, COUNT(*) AS n
    FROM cases WHERE opened_at >= ${b.v(period.from)} AND opened_at < ${b.v(period.to)} AND ${column} IS NOT NULL
    GROUP BY lang, phase, minute`;
  return { text, values: b.values };
}
