import { Bound, type Dialect } from './dialect';
import type { Period } from './types';

/**
 * What figures are grouped by: nothing (the period's totals, key ''), a case attribute, or the UTC day.
 * The queries below answer one row per group, its key in `k`.
 */
export type Grouping = 'all' | 'lang' | 'phase' | 'day';

export interface Query {
  text: string;
  values: unknown[];
}

/** The grouping key of a table's rows; `at` is the table's time column. */
function keyOf(dialect: Dialect, grouping: Grouping, at: string): string {
  switch (grouping) {
    case 'all':
      return `''`;
    case 'day':
      return dialect.day(at);
    default:
      return grouping;
  }
}

/** Totals (no GROUP BY: one row even when nothing happened) or one row per key. */
function groupBy(grouping: Grouping, extra = ''): string {
  if (grouping === 'all') return extra ? `GROUP BY ${extra}` : '';
  return `GROUP BY k${extra ? `, ${extra}` : ''}`;
}

/**
 * Messages, answers and people from the interaction log. A person counts once per group: on the
 * row that is their first of the period in that group (its prev_* time is before the period, see
 * interaction-sql.ts), so no sort or COUNT(DISTINCT) is needed, only a range scan.
 */
export function peopleQuery(dialect: Dialect, grouping: Exclude<Grouping, 'day'>, period: Period): Query {
  const b = new Bound(dialect);
  const prev = grouping === 'all' ? 'prev' : `prev_${grouping}`;
  const firstSince = (column: string) => `(${column} IS NULL OR ${column} < ${b.v(period.from)})`;
  const text = `SELECT ${keyOf(dialect, grouping, 'at')} AS k,
      SUM(CASE WHEN message THEN 1 ELSE 0 END) AS messages,
      SUM(CASE WHEN kind = 'answer' THEN 1 ELSE 0 END) AS answers,
      SUM(CASE WHEN ${firstSince(`${prev}_at`)} THEN 1 ELSE 0 END) AS people,
      SUM(CASE WHEN kind = 'case' AND ${firstSince(`${prev}_case_at`)} THEN 1 ELSE 0 END) AS people_with_case
    FROM interactions WHERE at >= ${b.v(period.from)} AND at < ${b.v(period.to)} ${groupBy(grouping)}`;
  return { text, values: b.values };
}

/** Messages and answers per UTC day. */
export function dailyMessagesQuery(dialect: Dialect, period: Period): Query {
  const b = new Bound(dialect);
  const text = `SELECT ${dialect.day('at')} AS k, SUM(CASE WHEN message THEN 1 ELSE 0 END) AS messages,
      SUM(CASE WHEN kind = 'answer' THEN 1 ELSE 0 END) AS answers
    FROM interactions WHERE at >= ${b.v(period.from)} AND at < ${b.v(period.to)} GROUP BY k`;
  return { text, values: b.values };
}

/** "This helped" / "Still not working" clicks. */
export function feedbackQuery(dialect: Dialect, grouping: Grouping, period: Period): Query {
  const b = new Bound(dialect);
  const text = `SELECT ${keyOf(dialect, grouping, 'at')} AS k,
      SUM(CASE WHEN helped THEN 1 ELSE 0 END) AS helped,
      SUM(CASE WHEN helped THEN 0 ELSE 1 END) AS not_helped
    FROM feedback WHERE at >= ${b.v(period.from)} AND at < ${b.v(period.to)} ${groupBy(grouping)}`;
  return { text, values: b.values };
}

/** Cases opened in the period, by reason. */
export function casesOpenedQuery(dialect: Dialect, grouping: Grouping, period: Period): Query {
  const b = new Bound(dialect);
  const text = `SELECT ${keyOf(dialect, grouping, 'opened_at')} AS k, reason, COUNT(*) AS n
    FROM cases WHERE opened_at >= ${b.v(period.from)} AND opened_at < ${b.v(period.to)} ${groupBy(grouping, 'reason')}`;
  return { text, values: b.values };
}

/**
 * Median and 90th percentile of the time from opening to the first claim (or resolution), for the
 * cases opened in the period, per group. Nearest rank: the value at rank ceil(p * n / 100) of the n
 * sorted durations (always a measured one), written with integer arithmetic ((n * p + 99) / 100) so
 * both databases agree exactly. One query per time: a window over one sort is cheaper than two.
 */
export function durationQuery(dialect: Dialect, grouping: Exclude<Grouping, 'day'>, period: Period, column: 'claimed_at' | 'resolved_at'): Query {
  const b = new Bound(dialect);
  const text = `WITH d AS (
      SELECT ${keyOf(dialect, grouping, 'opened_at')} AS k, ${dialect.millisBetween('opened_at', column)} AS ms
      FROM cases WHERE opened_at >= ${b.v(period.from)} AND opened_at < ${b.v(period.to)} AND ${column} IS NOT NULL
    ), r AS (
      SELECT k, ms, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ms) AS rn, COUNT(*) OVER (PARTITION BY k) AS n FROM d
    )
    SELECT k, MAX(n) AS n,
      MIN(CASE WHEN rn >= (n * 50 + 99) / 100 THEN ms END) AS median,
      MIN(CASE WHEN rn >= (n * 90 + 99) / 100 THEN ms END) AS p90
    FROM r GROUP BY k`;
  return { text, values: b.values };
}
