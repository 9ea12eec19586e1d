import type { CaseReason } from '../handoff/types';
import type { Dialect } from './dialect';
import { casesOpenedQuery, dailyMessagesQuery, durationHistogramQuery, feedbackQuery, peopleQuery, type Query } from './figures-sql';
import { MinuteCounts } from './minute-counts';
import type { DailyFigures, Durations, Figures, Insight, Period } from './types';

type Row = Record<string, unknown>;
const REASONS: readonly CaseReason[] = ['exception', 'asked', 'not-helped'];
const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
type Grouping = 'all' | 'lang' | 'phase';
const DURATIONS = { claim_ms: 'timeToClaim', resolve_ms: 'timeToResolve' } as const;

export function emptyFigures(): Figures {
  const none: Durations = { count: 0, medianMs: null, p90Ms: null };
  return {
    messages: 0, answers: 0, people: 0, peopleWithCase: 0, deflected: 0, deflectionRate: null,
    helped: 0, notHelped: 0, casesOpened: 0,
    casesByReason: { exception: 0, asked: 0, 'not-helped': 0 },
    timeToClaim: { ...none }, timeToResolve: { ...none },
  };
}

/** The figures being assembled: the period's, one per language, one per phase, one per day. */
class Tally {
  readonly totals = emptyFigures();
  private readonly groups = { lang: new Map<string, Figures>(), phase: new Map<string, Figures>(), day: new Map<string, Figures>() };
  /** Durations per whole minute, by column, grouping and group key ('' for the totals). */
  private readonly durations = new Map<string, { column: keyof typeof DURATIONS; grouping: Grouping; key: unknown; counts: MinuteCounts }>();

  of(grouping: Grouping | 'day', key: unknown): Figures {
    if (grouping === 'all') return this.totals;
    const groups = this.groups[grouping];
    const id = String(key ?? '');
    let figures = groups.get(id);
    if (!figures) groups.set(id, (figures = emptyFigures()));
    return figures;
  }

  minutes(column: keyof typeof DURATIONS, grouping: Grouping, key: unknown): MinuteCounts {
    const id = `${column}|${grouping}|${String(key ?? '')}`;
    let entry = this.durations.get(id);
    if (!entry) this.durations.set(id, (entry = { column, grouping, key, counts: new MinuteCounts() }));
    return entry.counts;
  }

  /** Each group's median and 90th percentile, once every cell's minutes are in. */
  rankDurations(): void {
    for (const { column, grouping, key, counts } of this.durations.values()) this.of(grouping, key)[DURATIONS[column]] = counts.durations();
  }

  /** The totals, the row's language and the row's phase: where an additive figure of a cell adds up. */
  cell(row: Row): Figures[] {
    return [this.totals, this.of('lang', row.lang), this.of('phase', row.phase)];
  }

  sorted(grouping: 'lang' | 'phase'): Array<Figures & { key: string }> {
    return [...this.groups[grouping]].map(([key, figures]) => ({ key, ...figures }))
      .sort((a, b) => b.messages - a.messages || b.casesOpened - a.casesOpened || a.key.localeCompare(b.key));
  }

  daily(period: Period): DailyFigures[] {
    return daysOf(period).map((day) => {
      const f = this.groups.day.get(day) ?? emptyFigures();
      return { day, messages: f.messages, answers: f.answers, helped: f.helped, notHelped: f.notHelped, casesOpened: f.casesOpened };
    });
  }
}

/**
 * A period's figures, from a handful of aggregate queries run at once (SQLite runs them on its report
 * threads, PostgreSQL over its pool). The database does the counting, per cell (language × phase) and
 * per day; here the rows they return are added up per language, per phase and in total, and the
 * durations' per-minute counts ranked (a few thousand counts, one pass each).
 */
export async function insightOf(dialect: Dialect, run: (query: Query) => Promise<Row[]>, period: Period): Promise<Insight> {
  const tally = new Tally();
  const parts: Array<[Query, (row: Row) => void]> = [
    [peopleQuery(dialect, period), (row) => {
      const [all, lang, phase] = tally.cell(row);
      for (const f of [all!, lang!, phase!]) {
        f.messages += num(row.messages);
        f.answers += num(row.answers);
      }
      addPeople(all!, row.people, row.people_with_case);
      addPeople(lang!, row.lang_people, row.lang_people_with_case);
      addPeople(phase!, row.phase_people, row.phase_people_with_case);
    }],
    [dailyMessagesQuery(dialect, period), (row) => {
      const f = tally.of('day', row.day);
      f.messages = num(row.messages);
      f.answers = num(row.answers);
    }],
    ...(['cell', 'day'] as const).flatMap((cells): Array<[Query, (row: Row) => void]> => {
      const targets = (row: Row) => (cells === 'cell' ? tally.cell(row) : [tally.of('day', row.day)]);
      return [
        [feedbackQuery(dialect, cells, period), (row) => targets(row).forEach((f) => addFeedback(f, row))],
        [casesOpenedQuery(dialect, cells, period), (row) => targets(row).forEach((f) => addCases(f, row))],
      ];
    }),
    ...(['claim_ms', 'resolve_ms'] as const).map((column): [Query, (row: Row) => void] => [durationHistogramQuery(dialect, period, column), (row) => {
      for (const [grouping, key] of [['all', ''], ['lang', row.lang], ['phase', row.phase]] as const) tally.minutes(column, grouping, key).add(num(row.minute), num(row.n));
    }]),
  ];
  const answers = await Promise.all(parts.map(([query]) => run(query)));
  answers.forEach((rows, i) => rows.forEach(parts[i]![1]));
  tally.rankDurations();
  return { period, totals: rated(tally.totals), daily: tally.daily(period), byLang: tally.sorted('lang').map(rated), byPhase: tally.sorted('phase').map(rated) };
}

/** The share of people answered without a person (null when nobody asked). */
function rated<T extends Figures>(f: T): T {
  return { ...f, deflectionRate: f.people ? f.deflected / f.people : null };
}

function addPeople(f: Figures, people: unknown, withCase: unknown): void {
  f.people += num(people);
  f.peopleWithCase += num(withCase);
  f.deflected = f.people - f.peopleWithCase;
}

function addFeedback(f: Figures, row: Row): void {
  f.helped += num(row.helped);
  f.notHelped += num(row.not_helped);
}

function addCases(f: Figures, row: Row): void {
  const reason = row.reason as CaseReason;
  if (REASONS.includes(reason)) f.casesByReason[reason] += num(row.n);
  f.casesOpened += num(row.n);
}

/** The UTC days a period touches, in order. */
export function daysOf(period: Period): string[] {
  const days: string[] = [];
  const end = Date.parse(period.to);
  for (let t = Date.parse(period.from.slice(0, 10)); t < end; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}
