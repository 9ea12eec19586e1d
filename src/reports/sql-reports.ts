import type { CaseReason } from '../handoff/types';
import { caseFromDocument, toIso } from '../storage/rows';
import { Bound, containing, type Dialect, type RunQuery } from './dialect';
import { casesOpenedQuery, dailyMessagesQuery, durationQuery, feedbackQuery, peopleQuery, type Grouping, type Query } from './figures-sql';
import type { CaseMessage, CaseQuery, DailyFigures, Durations, Figures, FoundCase, Insight, Period, QueueEntry, Reports } from './types';

const REASONS: readonly CaseReason[] = ['exception', 'asked', 'not-helped'];
const GROUPINGS: readonly Grouping[] = ['all', 'lang', 'phase', 'day'];
type Row = Record<string, unknown>;

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const isoOrUndefined = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : toIso(value as string | Date);

function emptyFigures(): Figures {
  const none: Durations = { count: 0, medianMs: null, p90Ms: null };
  return {
    messages: 0, answers: 0, people: 0, peopleWithCase: 0, deflected: 0, deflectionRate: null,
    helped: 0, notHelped: 0, casesOpened: 0,
    casesByReason: { exception: 0, asked: 0, 'not-helped': 0 },
    timeToClaim: { ...none }, timeToResolve: { ...none },
  };
}

/** The Reports of a SQL store: the same queries on both databases, with the dialect's few differences. */
export class SqlReports implements Reports {
  constructor(
    private readonly dialect: Dialect,
    private readonly run: RunQuery,
  ) {}

  private rows(query: Query): Promise<Row[]> {
    return this.run(query.text, query.values);
  }

  async queue(limit: number): Promise<QueueEntry[]> {
    const b = new Bound(this.dialect);
    const lastOf = (type: string) => `(SELECT MAX(e.at) FROM case_events e WHERE e.case_id = c.id AND e.type = '${type}')`;
    const rows = await this.rows({
      text: `SELECT c.doc, c.version,
          (SELECT COUNT(*) FROM case_events e WHERE e.case_id = c.id AND e.type = 'reminded') AS reminders,
          ${lastOf('reminded')} AS last_reminded, ${lastOf('reopened')} AS last_reopened
        FROM cases c WHERE c.state NOT IN ('resolved', 'cancelled') ORDER BY c.opened_at, c.id LIMIT ${b.v(limit)}`,
      values: b.values,
    });
    return rows.map((row) => {
      const entry: QueueEntry = { case: caseFromDocument(row.doc, num(row.version)), reminders: num(row.reminders) };
      const lastRemindedAt = isoOrUndefined(row.last_reminded);
      const lastReopenedAt = isoOrUndefined(row.last_reopened);
      if (lastRemindedAt) entry.lastRemindedAt = lastRemindedAt;
      if (lastReopenedAt) entry.lastReopenedAt = lastReopenedAt;
      return entry;
    });
  }

  async searchCases(query: CaseQuery): Promise<FoundCase[]> {
    const b = new Bound(this.dialect);
    const where: string[] = [];
    if (query.ref) where.push(`ref LIKE ${b.v(containing(query.ref.toUpperCase()))} ESCAPE '\\'`);
    if (query.user) where.push(`search_user LIKE ${b.v(containing(query.user.toLowerCase()))} ESCAPE '\\'`);
    if (query.words) where.push(`search_words LIKE ${b.v(containing(query.words.toLowerCase()))} ESCAPE '\\'`);
    if (query.states?.length) where.push(`state IN (${query.states.map((s) => b.v(s)).join(', ')})`);
    if (query.lang) where.push(`lang = ${b.v(query.lang)}`);
    if (query.openedFrom) where.push(`opened_at >= ${b.v(query.openedFrom)}`);
    if (query.openedTo) where.push(`opened_at < ${b.v(query.openedTo)}`);
    const rows = await this.rows({
      text: `SELECT doc, version, claimed_at, resolved_at FROM cases ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY opened_at DESC, id LIMIT ${b.v(query.limit)} OFFSET ${b.v(query.offset ?? 0)}`,
      values: b.values,
    });
    return rows.map((row) => {
      const found: FoundCase = { case: caseFromDocument(row.doc, num(row.version)) };
      const claimedAt = isoOrUndefined(row.claimed_at);
      const resolvedAt = isoOrUndefined(row.resolved_at);
      if (claimedAt) found.claimedAt = claimedAt;
      if (resolvedAt) found.resolvedAt = resolvedAt;
      return found;
    });
  }

  async caseMessages(caseId: string): Promise<CaseMessage[]> {
    const b = new Bound(this.dialect);
    const rows = await this.rows({
      text: `SELECT kind, payload, created_at, delivered_at, attempts FROM outbox WHERE case_id = ${b.v(caseId)} ORDER BY created_at, seq`,
      values: b.values,
    });
    return rows.map((row) => {
      const message: CaseMessage = {
        kind: String(row.kind),
        payload: (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as Record<string, unknown>,
        createdAt: toIso(row.created_at as string | Date),
        attempts: num(row.attempts),
      };
      const deliveredAt = isoOrUndefined(row.delivered_at);
      if (deliveredAt) message.deliveredAt = deliveredAt;
      return message;
    });
  }

  async insight(period: Period): Promise<Insight> {
    const groups = new Map<string, Figures>();
    /** The figures of one group, e.g. ('lang', 'fr'), ('day', '2026-11-02'), ('all', ''). */
    const group = (dim: Grouping, key: unknown): Figures => {
      const id = `${dim}\u0000${String(key ?? '')}`;
      let figures = groups.get(id);
      if (!figures) groups.set(id, (figures = emptyFigures()));
      return figures;
    };
    // Independent aggregate queries: run at once (PostgreSQL spreads them over its pool), applied in order.
    const parts: Array<[Query, (row: Row) => void]> = [];
    for (const dim of ['all', 'lang', 'phase'] as const) {
      parts.push([peopleQuery(this.dialect, dim, period), (row) => {
        const f = group(dim, row.k);
        f.messages = num(row.messages);
        f.answers = num(row.answers);
        f.people = num(row.people);
        f.peopleWithCase = num(row.people_with_case);
        f.deflected = f.people - f.peopleWithCase;
        f.deflectionRate = f.people ? f.deflected / f.people : null;
      }]);
      for (const [column, field] of [['claimed_at', 'timeToClaim'], ['resolved_at', 'timeToResolve']] as const) {
        parts.push([durationQuery(this.dialect, dim, period, column), (row) => {
          group(dim, row.k)[field] = { count: num(row.n), medianMs: num(row.median), p90Ms: num(row.p90) };
        }]);
      }
    }
    parts.push([dailyMessagesQuery(this.dialect, period), (row) => {
      const f = group('day', row.k);
      f.messages = num(row.messages);
      f.answers = num(row.answers);
    }]);
    for (const dim of GROUPINGS) {
      parts.push([feedbackQuery(this.dialect, dim, period), (row) => {
        const f = group(dim, row.k);
        f.helped = num(row.helped);
        f.notHelped = num(row.not_helped);
      }]);
      parts.push([casesOpenedQuery(this.dialect, dim, period), (row) => {
        const f = group(dim, row.k);
        const reason = row.reason as CaseReason;
        if (REASONS.includes(reason)) f.casesByReason[reason] = num(row.n);
        f.casesOpened += num(row.n);
      }]);
    }
    const answers = await Promise.all(parts.map(([query]) => this.rows(query)));
    answers.forEach((rows, i) => rows.forEach(parts[i]![1]));
    const of = (dim: Grouping) =>
      [...groups].filter(([id]) => id.startsWith(`${dim}\u0000`)).map(([id, figures]) => ({ key: id.slice(dim.length + 1), ...figures }));
    const sorted = (dim: Grouping) => of(dim).sort((a, b) => b.messages - a.messages || b.casesOpened - a.casesOpened || a.key.localeCompare(b.key));
    const byDay = new Map(of('day').map((f) => [f.key, f]));
    return {
      period,
      totals: groups.get('all\u0000') ?? emptyFigures(),
      daily: daysOf(period).map((day): DailyFigures => {
        const f = byDay.get(day) ?? emptyFigures();
        return { day, messages: f.messages, answers: f.answers, helped: f.helped, notHelped: f.notHelped, casesOpened: f.casesOpened };
      }),
      byLang: sorted('lang'),
      byPhase: sorted('phase'),
    };
  }
}

/** The UTC days a period touches, in order. */
export function daysOf(period: Period): string[] {
  const days: string[] = [];
  const end = Date.parse(period.to);
  for (let t = Date.parse(period.from.slice(0, 10)); t < end; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}
