import { Bound, type Dialect } from './dialect';
import type { Period } from './types';

/**
 * How the figures' queries group rows. Additive figures are counted per cell (language × phase) and
 * summed per language, per phase and in total by the caller; each interaction row carries, for the
 * people counts, whether it is its person's first of the period overall, in its language and in its
 * phase, so those sums stay distinct counts. Durations need a sort per grouping ('all', 'lang', 'phase').
 */
export type Grouping = 'all' | 'lang' | 'phase';
export type Cells = 'cell' | 'day';

export interface Query {
  text: string;
  values: unknown[];
}

/** The grouping key of a table's rows; `at` is the table's time column. */
function keyOf(dialect: Dialect, grouping: Grouping | 'day', at: string): string {
  switch (grouping) {
    case 'all':
      return `''`;
    case 'day':
      return dialect.day(at);
    default:
      return grouping;
  }
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
    FROM interactions WHERE at >= ${b.v(period.from)} AND at < ${b.v(period.to)} GROUP BY lang, phase`;
  return { text, values: b.values };
}

/** Messages and answers per UTC day. */
export function dailyMessagesQuery(dialect: Dialect, period: Period): Query {
  const b = new Bound(dialect);
  const text = `SELECT ${dialect.day('at')} AS day, SUM(CASE WHEN message THEN 1 ELSE 0 END) AS messages,
      SUM(CASE WHEN kind = 'answer' THEN 1 ELSE 0 END) AS answers
    FROM interactions WHERE at >= ${b.v(period.from)} AND at < ${b.v(period.to)} GROUP BY day`;
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
 * Median and 90th percentile of the time from opening to the first claim (or resolution), to the
 * minute, for the cases opened in the period, per group. The durations are stored as integers when the
 * claim or resolution happens; here they are counted per whole minute (a few hundred values instead of
 * thousands of rows to rank) and the percentile is the minute where the running count reaches the
 * nearest rank, ceil(p * n / 100), written with integer arithmetic ((n * p + 99) / 100, on integers
 * in both databases: PostgreSQL's SUM would otherwise make it a fraction) so both agree exactly.
 */
export function durationQuery(dialect: Dialect, grouping: Grouping, period: Period, column: 'claim_ms' | 'resolve_ms'): Query {
  const b = new Bound(dialect);
  const text = `WITH m AS (
      SELECT ${keyOf(dialect, grouping, 'opened_at')} AS k, ${column} / 60000 AS minute, COUNT(*) AS c
      FROM cases WHERE opened_at >= ${b.v(period.from)} AND opened_at < ${b.v(period.to)} AND ${column} IS NOT NULL
      GROUP BY k, minute
    ), r AS (
      SELECT k, minute,
        CAST(SUM(c) OVER (PARTITION BY k ORDER BY minute ROWS UNBOUNDED PRECEDING) AS BIGINT) AS running,
        CAST(SUM(c) OVER (PARTITION BY k) AS BIGINT) AS n
      FROM m
    )
    SELECT k, MAX(n) AS n,
      MIN(CASE WHEN running >= (n * 50 + 99) / 100 THEN minute END) * 60000 AS median,
      MIN(CASE WHEN running >= (n * 90 + 99) / 100 THEN minute END) * 60000 AS p90
    FROM r GROUP BY k`;
  return { text, values: b.values };
}
