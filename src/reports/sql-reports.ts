import { caseFromDocument, toIso } from '../storage/rows';
import { Bound, containing, type Dialect, type RunQuery } from './dialect';
import type { Query } from './figures-sql';
import { insightOf } from './insight';
import type { CaseMessage, CaseQuery, FoundCase, Insight, Period, QueueEntry, Reports } from './types';

type Row = Record<string, unknown>;

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const isoOrUndefined = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : toIso(value as string | Date);

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

  insight(period: Period): Promise<Insight> {
    return insightOf(this.dialect, (query) => this.rows(query), period);
  }
}
