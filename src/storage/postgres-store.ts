import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { Logger } from 'pino';
import type { Case, CaseEvent } from '../handoff/types';
import { assertOrdered, latestVersion } from './migration';
import { POSTGRES_MIGRATIONS } from './postgres-migrations';
import { connectionError, createPool, inTransaction, pgText, withClient } from './postgres-connection';
import { POSTGRES_DIALECT } from '../reports/dialect';
import { insertInteraction } from '../reports/interaction-sql';
import { PostgresReports } from '../reports/postgres-reports';
import { Rollback, auditFromRow, caseFromDocument, eventFromRow, firstTimeColumns, outboxItemFromRow, reportColumns, toIso, truncateError, type AuditRow, type EventRow, type OutboxRow } from './rows';
import { ETagConflictError } from './types';
import type { AuditEvent, CommitResult, DocWrites, Feedback, OutboxItem, OutboxKind, OutboxStats, Store, StoredItem, TurnCommit } from './types';

const ACTIVE = `state NOT IN ('resolved', 'cancelled')`;
const PENDING = 'delivered_at IS NULL AND failed_at IS NULL';
/** Arbitrary constant naming "this application's schema migration" among advisory locks. */
const MIGRATION_LOCK_KEY = 7_263_410_118;
/** unique_violation, serialization_failure, deadlock_detected: the turn lost a race. */
const CONFLICT_CODES = new Set(['23505', '40001', '40P01']);

export interface PostgresStoreOptions {
  url: string;
  clock?: () => Date;
  logger?: Logger;
}

/** Store on a PostgreSQL database; any number of instances may share it. */
export class PostgresStore implements Store {
  private readonly pool: Pool;
  private readonly url: string;
  private readonly clock: () => Date;
  readonly reports: PostgresReports;

  constructor(options: PostgresStoreOptions) {
    this.url = options.url;
    this.clock = options.clock ?? (() => new Date());
    this.pool = createPool(options.url);
    this.reports = new PostgresReports((text, values) => this.query(text, values));
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    this.pool.on('error', (error) => options.logger?.warn({ err: error }, 'postgres idle connection error'));
  }

  private async query<R = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query(text, values)).rows as R[];
    } catch (error) {
      throw connectionError(this.url, error);
    }
  }

  async migrate(): Promise<void> {
    assertOrdered(POSTGRES_MIGRATIONS);
    await inTransaction(this.pool, this.url, async (client) => {
      // Held until COMMIT: a second instance starting now waits, then finds everything applied.
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const applied = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((row) => row.version));
      for (const migration of POSTGRES_MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      }
    });
  }

  async schemaVersion(): Promise<{ applied: number; expected: number }> {
    const [row] = await this.query<{ applied: number }>('SELECT coalesce(max(version), 0) AS applied FROM schema_migrations');
    return { applied: Number(row?.applied), expected: latestVersion(POSTGRES_MIGRATIONS) };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async nextCaseNumber(): Promise<number> {
    const [row] = await this.query<{ value: string }>(`SELECT nextval('case_number_seq') AS value`);
    return Number(row?.value);
  }

  async commit(turn: TurnCommit): Promise<CommitResult> {
    try {
      await inTransaction(this.pool, this.url, (client) => this.applyTurn(client, turn));
      return { ok: true };
    } catch (error) {
      if (error instanceof Rollback) return { ok: false, reason: error.reason };
      const code = (error as { code?: unknown }).code;
      if (error instanceof ETagConflictError || (typeof code === 'string' && CONFLICT_CODES.has(code))) return { ok: false, reason: 'conflict' };
      throw error;
    }
  }

  private async applyTurn(client: PoolClient, turn: TurnCommit): Promise<void> {
    const now = this.clock();
    const recorded = await client.query(
      'INSERT INTO processed_activities (dedupe_key, at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [turn.dedupeKey, now]);
    if (recorded.rowCount === 0) throw new Rollback('duplicate');
    for (const item of turn.insertCases ?? []) {
      const r = reportColumns(item);
      await client.query(`INSERT INTO cases (id, ref, user_key, state, doc, version, opened_at, updated_at, card_id, lang, phase, reason, search_user, search_words)
                          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [item.id, item.ref, item.userKey, item.state, JSON.stringify(item), item.version, item.openedAt, item.updatedAt, item.card?.activityId ?? null,
          r.lang, r.phase, r.reason, pgText(r.searchUser), pgText(r.searchWords)]);
    }
    // Same lock order in every transaction, so two turns touching the same cases cannot deadlock.
    const updates = [...(turn.updateCases ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    for (const item of updates) await this.updateCase(client, item);
    for (const event of turn.events ?? []) {
      await client.query('INSERT INTO case_events (case_id, at, type, actor, detail) VALUES ($1, $2, $3, $4, $5)',
        [event.caseId, event.at, event.type, JSON.stringify(event.actor), event.detail === undefined ? null : pgText(event.detail)]);
      const first = firstTimeColumns(event.type);
      if (first) {
        await client.query(`UPDATE cases SET ${first.at} = coalesce(${first.at}, $1), ${first.ms} = coalesce(${first.ms}, ${POSTGRES_DIALECT.millisBetween('opened_at', '$1::timestamptz')}) WHERE id = $2`,
          [event.at, event.caseId]);
      }
    }
    for (const item of turn.outbox ?? []) {
      await client.query(`INSERT INTO outbox (id, kind, case_id, payload, attempts, next_attempt_at, created_at)
                          VALUES ($1, $2, $3, $4, 0, $5, $5)`,
        [randomUUID(), item.kind, item.caseId, JSON.stringify(item.payload), now]);
    }
    if (turn.docs) await this.applyDocs(client, turn.docs);
    for (const [key, value] of Object.entries(turn.settings ?? {})) await this.writeSetting(client, key, value);
    for (const event of turn.audit ?? []) {
      await client.query('INSERT INTO audit_events (at, type, actor, detail) VALUES ($1, $2, $3, $4)',
        [event.at, event.type, JSON.stringify(event.actor), event.detail === undefined ? null : pgText(event.detail)]);
    }
    for (const i of turn.interactions ?? []) {
      const insert = insertInteraction(POSTGRES_DIALECT, i);
      await client.query(insert.text, insert.values);
    }
  }

  /** Rule: the caller passes the case with its version already incremented; the stored one must be one less. */
  private async updateCase(client: PoolClient, item: Case): Promise<void> {
    const r = reportColumns(item);
    const result = await client.query(
      `UPDATE cases SET ref = $1, user_key = $2, state = $3, doc = $4, version = $5, updated_at = $6, card_id = $9,
         lang = $10, phase = $11, reason = $12, search_user = $13, search_words = $14
       WHERE id = $7 AND version = $8`,
      [item.ref, item.userKey, item.state, JSON.stringify(item), item.version, item.updatedAt, item.id, item.version - 1, item.card?.activityId ?? null,
        r.lang, r.phase, r.reason, pgText(r.searchUser), pgText(r.searchWords)]);
    if (result.rowCount === 0) throw new Rollback('conflict');
  }

  async wasProcessed(dedupeKey: string): Promise<boolean> {
    return (await this.query('SELECT 1 FROM processed_activities WHERE dedupe_key = $1', [dedupeKey])).length > 0;
  }

  private async cases(where: string, values: unknown[]): Promise<Case[]> {
    const rows = await this.query<{ doc: unknown; version: number }>(`SELECT doc, version FROM cases WHERE ${where}`, values);
    return rows.map((row) => caseFromDocument(row.doc, row.version));
  }

  async getCase(id: string): Promise<Case | undefined> {
    return (await this.cases('id = $1', [id]))[0];
  }

  async getCaseByRef(ref: string): Promise<Case | undefined> {
    return (await this.cases('ref = $1', [ref]))[0];
  }

  async getCaseByCard(activityId: string): Promise<Case | undefined> {
    return (await this.cases('card_id = $1', [activityId]))[0];
  }

  async findActiveCase(userKey: string): Promise<Case | undefined> {
    return (await this.cases(`user_key = $1 AND ${ACTIVE}`, [userKey]))[0];
  }

  async listCasesByUser(userKey: string, limit: number): Promise<Case[]> {
    return this.cases('user_key = $1 ORDER BY opened_at DESC, id LIMIT $2', [userKey, limit]);
  }

  async listActiveCases(limit: number): Promise<Case[]> {
    return this.cases(`${ACTIVE} ORDER BY opened_at, id LIMIT $1`, [limit]);
  }

  async listEvents(caseId: string): Promise<CaseEvent[]> {
    const rows = await this.query<EventRow>(
      'SELECT case_id, at, type, actor, detail FROM case_events WHERE case_id = $1 ORDER BY at, seq', [caseId]);
    return rows.map(eventFromRow);
  }

  /** SKIP LOCKED: a concurrent worker never waits for, nor takes, a row another is leasing right now. */
  async leaseOutbox(now: Date, limit: number, leaseMs: number, kinds?: OutboxKind[]): Promise<OutboxItem[]> {
    const rows = await this.query<OutboxRow & { seq: string }>(
      `UPDATE outbox SET lease_until = $2
       WHERE id IN (
         SELECT id FROM outbox
         WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
           AND ($4::text[] IS NULL OR kind = ANY($4::text[]))
         ORDER BY created_at, seq LIMIT $3
         FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, case_id, payload, attempts, next_attempt_at, created_at, last_error, seq`,
      [now, new Date(now.getTime() + leaseMs), limit, kinds ?? null]);
    rows.sort((a, b) => Number(a.seq) - Number(b.seq));
    return rows.map(outboxItemFromRow);
  }

  async markDelivered(id: string, now: Date): Promise<void> {
    await this.query('UPDATE outbox SET delivered_at = $1, lease_until = NULL WHERE id = $2', [now, id]);
  }

  async markFailed(id: string, error: string, nextAttemptAt: Date): Promise<void> {
    await this.query(
      `UPDATE outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2, lease_until = NULL WHERE id = $3`,
      [pgText(truncateError(error)), nextAttemptAt, id]);
  }

  async markGivenUp(id: string, error: string, now: Date): Promise<void> {
    await this.query('UPDATE outbox SET attempts = attempts + 1, last_error = $1, failed_at = $2, lease_until = NULL WHERE id = $3',
      [pgText(truncateError(error)), now, id]);
  }

  async release(id: string, nextAttemptAt: Date): Promise<void> {
    await this.query('UPDATE outbox SET next_attempt_at = $1, lease_until = NULL WHERE id = $2', [nextAttemptAt, id]);
  }

  async pendingOutboxCount(): Promise<number> {
    const [row] = await this.query<{ count: string }>(`SELECT count(*) AS count FROM outbox WHERE ${PENDING}`);
    return Number(row?.count);
  }

  async outboxStats(): Promise<OutboxStats> {
    const [row] = await this.query<{ pending: string; failed: string; oldest: Date | null }>(`SELECT
        (SELECT count(*) FROM outbox WHERE ${PENDING}) AS pending,
        (SELECT count(*) FROM outbox WHERE failed_at IS NOT NULL) AS failed,
        (SELECT min(created_at) FROM outbox WHERE ${PENDING}) AS oldest`);
    return { pending: Number(row?.pending), failed: Number(row?.failed), ...(row?.oldest ? { oldestPendingAt: toIso(row.oldest) } : {}) };
  }

  async listAudit(limit: number): Promise<AuditEvent[]> {
    const rows = await this.query<AuditRow>('SELECT at, type, actor, detail FROM audit_events ORDER BY seq DESC LIMIT $1', [limit]);
    return rows.map(auditFromRow);
  }

  async recordFeedback(feedback: Feedback): Promise<void> {
    await this.query(`INSERT INTO feedback (id, at, user_key, lang, phase, helped) VALUES ($1, $2, $3, $4, $5, $6)
                      ON CONFLICT DO NOTHING`,
      [feedback.id, feedback.at, feedback.userKey, feedback.lang, feedback.phase, feedback.helped]);
  }

  async pruneProcessed(before: Date): Promise<number> {
    const rows = await this.query('DELETE FROM processed_activities WHERE at < $1 RETURNING 1', [before]);
    return rows.length;
  }

  async getSetting(key: string): Promise<string | undefined> {
    const [row] = await this.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
    return row?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await withClient(this.pool, this.url, (client) => this.writeSetting(client, key, value));
  }

  private async writeSetting(client: PoolClient, key: string, value: string): Promise<void> {
    await client.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      [key, pgText(value)]);
  }

  async readDocs(keys: string[]): Promise<Record<string, StoredItem>> {
    const rows = await this.query<{ key: string; value: unknown; etag: string }>(
      'SELECT key, value, etag FROM docs WHERE key = ANY($1::text[])', [keys]);
    return Object.fromEntries(rows.map((row) => [row.key, { value: row.value, eTag: row.etag }]));
  }

  /** All docs or none: one stale eTag rolls the whole write back. */
  async writeDocs(docs: DocWrites): Promise<void> {
    await inTransaction(this.pool, this.url, (client) => this.applyDocs(client, docs));
  }

  /** In key order, like case updates, so two transactions writing the same docs cannot deadlock. */
  private async applyDocs(client: PoolClient, docs: DocWrites): Promise<void> {
    const entries = Object.entries(docs).sort(([a], [b]) => a.localeCompare(b));
    for (const [key, doc] of entries) await this.writeDoc(client, key, doc.value, doc.eTag);
  }

  private async writeDoc(client: PoolClient, key: string, value: unknown, eTag: string | undefined): Promise<void> {
    const json = JSON.stringify(value ?? null);
    const newTag = randomUUID();
    if (eTag === undefined || eTag === '*') {
      await client.query(`INSERT INTO docs (key, value, etag) VALUES ($1, $2, $3)
                          ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag`, [key, json, newTag]);
      return;
    }
    // Compare-and-set in one statement; when no row exists the item is created (as botbuilder's MemoryStorage does).
    const updated = await client.query('UPDATE docs SET value = $2, etag = $3 WHERE key = $1 AND etag = $4', [key, json, newTag, eTag]);
    if (updated.rowCount === 1) return;
    const inserted = await client.query('INSERT INTO docs (key, value, etag) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [key, json, newTag]);
    if (inserted.rowCount === 0) throw new ETagConflictError(key);
  }
}
