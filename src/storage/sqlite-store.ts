import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Case, CaseEvent } from '../handoff/types';
import { StorageError, describeError } from './errors';
import { assertOrdered, latestVersion } from './migration';
import { SQLITE_DIALECT } from '../reports/dialect';
import { insertInteraction } from '../reports/interaction-sql';
import { SqliteQueryPool } from '../reports/sqlite-query-pool';
import { SqliteReports } from '../reports/sqlite-reports';
import { Rollback, auditFromRow, caseFromDocument, eventFromRow, firstTimeColumns, outboxItemFromRow, reportColumns, truncateError, type AuditRow, type EventRow, type OutboxRow } from './rows';
import { SqliteCheckpointer } from './sqlite-checkpointer';
import { SQLITE_MIGRATIONS } from './sqlite-migrations';
import { ETagConflictError } from './types';
import type { AuditEvent, CommitResult, DocWrites, Feedback, Interaction, OutboxItem, OutboxKind, OutboxStats, Store, StoredItem, TurnCommit } from './types';

const BUSY_TIMEOUT_MS = 5_000;
const CHECKPOINT_EVERY_MS = 1_000;
/** The WAL is emptied past this size (and SQLite truncates it to this when it starts it over). */
const WAL_LIMIT_BYTES = 4 * 1024 * 1024;
/** SQLite's own default, used again if the checkpoint thread fails. */
const AUTO_CHECKPOINT_PAGES = 1_000;
const ACTIVE = `state NOT IN ('resolved', 'cancelled')`;
const PENDING = 'delivered_at IS NULL AND failed_at IS NULL';

export interface SqliteStoreOptions {
  /** Path of the database file (created if missing). */
  file: string;
  /** Injected clock: stamps processed activities and new outbox items. */
  clock?: () => Date;
  /** WAL checkpoints run this often in a thread of their own (default 1 s); 0 leaves them to SQLite, inside commits. */
  checkpointEveryMs?: number;
  /** The WAL file is kept about this small (default 4 MB). */
  walLimitBytes?: number;
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

interface QueuedTurn {
  turn: TurnCommit;
  resolve: (result: CommitResult) => void;
  reject: (error: unknown) => void;
}
/** What one turn of a group came to, delivered once the group has committed. */
type TurnOutcome = CommitResult | { error: unknown };

interface CaseRow {
  doc: string;
  version: number;
}

/**
 * Store on one SQLite file (WAL). better-sqlite3 is synchronous, so each method runs to completion,
 * except commit, which waits for the end of the event loop's turn to write with others (see there);
 * several processes on the same file are serialized by SQLite's locks (IMMEDIATE transactions).
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly clock: () => Date;
  private readonly statements = new Map<string, Database.Statement>();
  // Transaction wrappers built once: better-sqlite3 builds four wrapper functions per transaction() call.
  private readonly commitTurn: Database.Transaction<(turn: TurnCommit) => void>;
  private readonly commitBatch: Database.Transaction<(turns: TurnCommit[]) => TurnOutcome[]>;
  private readonly queued: QueuedTurn[] = [];
  private readonly writeDocsAtomically: Database.Transaction<(docs: DocWrites) => void>;
  // One read transaction for all keys: one snapshot, and one WAL read-lock round trip instead of one per key.
  private readonly readDocsAtOnce: Database.Transaction<(keys: string[]) => Record<string, StoredItem>>;
  private readonly checkpointer?: SqliteCheckpointer;
  readonly reports: SqliteReports;
  private readonly reportThreads: SqliteQueryPool;
  /** While the checkpoint thread empties the WAL, group commits wait (see SqliteCheckpointer). */
  private writesHeld = false;

  constructor(options: SqliteStoreOptions) {
    this.clock = options.clock ?? (() => new Date());
    try {
      this.db = new Database(options.file, { timeout: BUSY_TIMEOUT_MS });
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      this.db.pragma(`journal_size_limit = ${options.walLimitBytes ?? WAL_LIMIT_BYTES}`);
    } catch (error) {
      throw new StorageError(`cannot open SQLite database ${options.file}: ${describeError(error)}`, { cause: error });
    }
    this.commitTurn = this.db.transaction((turn: TurnCommit) => this.applyTurn(turn));
    this.commitBatch = this.db.transaction((turns: TurnCommit[]) => turns.map((turn) => this.commitOne(turn)));
    this.writeDocsAtomically = this.db.transaction((docs: DocWrites) => this.applyDocs(docs));
    this.readDocsAtOnce = this.db.transaction((keys: string[]) => this.selectDocs(keys));
    this.reportThreads = new SqliteQueryPool(options.file);
    this.reports = new SqliteReports(this.reportThreads);
    const every = options.checkpointEveryMs ?? CHECKPOINT_EVERY_MS;
    if (every > 0) this.checkpointer = this.checkpointInBackground(options.file, every, options.walLimitBytes ?? WAL_LIMIT_BYTES);
  }

  private checkpointInBackground(file: string, intervalMs: number, walLimitBytes: number): SqliteCheckpointer {
    this.db.pragma('wal_autocheckpoint = 0');
    return new SqliteCheckpointer({
      file,
      intervalMs,
      busyTimeoutMs: BUSY_TIMEOUT_MS,
      truncateAboveBytes: walLimitBytes,
      holdWrites: () => {
        this.writesHeld = true;
      },
      releaseWrites: () => {
        this.writesHeld = false;
        this.flushCommits();
      },
      onFailure: () => {
        if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
      },
    });
  }

  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  async migrate(): Promise<void> {
    assertOrdered(SQLITE_MIGRATIONS);
    const apply = this.db.transaction(() => {
      this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      const applied = new Set(
        this.db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
      );
      for (const migration of SQLITE_MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        this.db.exec(migration.sql);
        this.db
          .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(migration.version, migration.name, this.clock().toISOString());
      }
    });
    apply.immediate();
    this.statements.clear();
  }

  async schemaVersion(): Promise<{ applied: number; expected: number }> {
    const applied = this.sql('SELECT coalesce(max(version), 0) FROM schema_migrations').pluck().get() as number;
    return { applied, expected: latestVersion(SQLITE_MIGRATIONS) };
  }

  async close(): Promise<void> {
    await this.reportThreads.close();
    await this.checkpointer?.stop(); // releases writes it held
    if (this.db.open) this.flushCommits();
    if (this.db.open) this.db.close(); // the last connection to close checkpoints what is left
  }

  async nextCaseNumber(): Promise<number> {
    const statement = this.sql(`UPDATE counters SET value = value + 1 WHERE name = 'case_number' RETURNING value`);
    return statement.pluck().get() as number;
  }

  /**
   * Group commit: the turns that commit during one turn of the event loop are written together, at
   * its end, in one transaction with a savepoint each. A transaction's fixed cost (locks, the WAL
   * commit record, the pages every turn touches such as the tail of each index) is then paid once
   * for the group: under load this halves what a commit costs the event loop. Each turn still gets
   * its own outcome; one turn's failure rolls back only its own savepoint.
   */
  commit(turn: TurnCommit): Promise<CommitResult> {
    return new Promise((resolve, reject) => {
      if (this.queued.length === 0) setImmediate(() => this.flushCommits());
      this.queued.push({ turn, resolve, reject });
    });
  }

  private flushCommits(): void {
    if (this.writesHeld) return; // the checkpoint thread releases them in a moment
    const batch = this.queued.splice(0);
    if (batch.length === 0) return;
    let outcomes: TurnOutcome[];
    try {
      outcomes = this.commitBatch.immediate(batch.map((queued) => queued.turn));
    } catch (error) {
      batch.forEach((queued) => queued.reject(error)); // the group's own BEGIN or COMMIT failed: none of it landed
      return;
    }
    batch.forEach((queued, i) => {
      const outcome = outcomes[i]!;
      if ('error' in outcome) queued.reject(outcome.error);
      else queued.resolve(outcome);
    });
  }

  /** Runs one turn in its savepoint: a turn that fails leaves nothing behind, and the group goes on. */
  private commitOne(turn: TurnCommit): TurnOutcome {
    try {
      this.commitTurn(turn);
      return { ok: true };
    } catch (error) {
      if (error instanceof Rollback) return { ok: false, reason: error.reason };
      if (isUniqueViolation(error) || error instanceof ETagConflictError) return { ok: false, reason: 'conflict' };
      return { error };
    }
  }

  private applyTurn(turn: TurnCommit): void {
    const now = this.clock().toISOString();
    const recorded = this.sql('INSERT OR IGNORE INTO processed_activities (dedupe_key, at) VALUES (?, ?)')
      .run(turn.dedupeKey, now);
    if (recorded.changes === 0) throw new Rollback('duplicate');
    for (const item of turn.insertCases ?? []) this.insertCase(item);
    for (const item of turn.updateCases ?? []) this.updateCase(item);
    for (const event of turn.events ?? []) this.insertEvent(event);
    for (const item of turn.outbox ?? []) {
      this.sql(`INSERT INTO outbox (id, kind, case_id, payload, attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, 0, ?, ?)`)
        .run(randomUUID(), item.kind, item.caseId, JSON.stringify(item.payload), now, now);
    }
    if (turn.docs) this.applyDocs(turn.docs);
    for (const [key, value] of Object.entries(turn.settings ?? {})) this.writeSetting(key, value);
    for (const event of turn.audit ?? []) {
      this.sql('INSERT INTO audit_events (at, type, actor, detail) VALUES (?, ?, ?, ?)')
        .run(event.at, event.type, JSON.stringify(event.actor), event.detail ?? null);
    }
    for (const interaction of turn.interactions ?? []) this.insertInteraction(interaction);
  }

  private insertInteraction(i: Interaction): void {
    const insert = insertInteraction(SQLITE_DIALECT, i);
    this.sql(insert.text).run(...insert.values);
  }

  private insertCase(item: Case): void {
    const r = reportColumns(item);
    this.sql(`INSERT INTO cases (id, ref, user_key, state, doc, version, opened_at, updated_at, card_id, lang, phase, reason, search_user, search_words)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(item.id, item.ref, item.userKey, item.state, JSON.stringify(item), item.version, item.openedAt, item.updatedAt, item.card?.activityId ?? null,
        r.lang, r.phase, r.reason, r.searchUser, r.searchWords);
  }

  /** Rule: the caller passes the case with its version already incremented; the stored one must be one less. */
  private updateCase(item: Case): void {
    const r = reportColumns(item);
    const result = this.sql(`UPDATE cases SET ref = ?, user_key = ?, state = ?, doc = ?, version = ?, updated_at = ?, card_id = ?,
                               lang = ?, phase = ?, reason = ?, search_user = ?, search_words = ?
                             WHERE id = ? AND version = ?`)
      .run(item.ref, item.userKey, item.state, JSON.stringify(item), item.version, item.updatedAt, item.card?.activityId ?? null,
        r.lang, r.phase, r.reason, r.searchUser, r.searchWords, item.id, item.version - 1);
    if (result.changes === 0) throw new Rollback('conflict');
  }

  private insertEvent(event: CaseEvent): void {
    this.sql('INSERT INTO case_events (case_id, at, type, actor, detail) VALUES (?, ?, ?, ?, ?)')
      .run(event.caseId, event.at, event.type, JSON.stringify(event.actor), event.detail ?? null);
    const first = firstTimeColumns(event.type);
    if (first) {
      this.sql(`UPDATE cases SET ${first.at} = coalesce(${first.at}, @at), ${first.ms} = coalesce(${first.ms}, ${SQLITE_DIALECT.millisBetween('opened_at', '@at')}) WHERE id = @id`)
        .run({ at: event.at, id: event.caseId });
    }
  }

  async wasProcessed(dedupeKey: string): Promise<boolean> {
    return this.sql('SELECT 1 FROM processed_activities WHERE dedupe_key = ?').get(dedupeKey) !== undefined;
  }

  private oneCase(where: string, parameter: string): Case | undefined {
    const row = this.sql(`SELECT doc, version FROM cases WHERE ${where}`).get(parameter) as CaseRow | undefined;
    return row ? caseFromDocument(row.doc, row.version) : undefined;
  }

  async getCase(id: string): Promise<Case | undefined> {
    return this.oneCase('id = ?', id);
  }

  async getCaseByRef(ref: string): Promise<Case | undefined> {
    return this.oneCase('ref = ?', ref);
  }

  async getCaseByCard(activityId: string): Promise<Case | undefined> {
    return this.oneCase('card_id = ?', activityId);
  }

  async findActiveCase(userKey: string): Promise<Case | undefined> {
    return this.oneCase(`user_key = ? AND ${ACTIVE}`, userKey);
  }

  async listCasesByUser(userKey: string, limit: number): Promise<Case[]> {
    const rows = this.sql('SELECT doc, version FROM cases WHERE user_key = ? ORDER BY opened_at DESC, id LIMIT ?')
      .all(userKey, limit) as CaseRow[];
    return rows.map((row) => caseFromDocument(row.doc, row.version));
  }

  async listActiveCases(limit: number): Promise<Case[]> {
    const rows = this.sql(`SELECT doc, version FROM cases WHERE ${ACTIVE} ORDER BY opened_at, id LIMIT ?`)
      .all(limit) as CaseRow[];
    return rows.map((row) => caseFromDocument(row.doc, row.version));
  }

  async listEvents(caseId: string): Promise<CaseEvent[]> {
    const rows = this.sql('SELECT case_id, at, type, actor, detail FROM case_events WHERE case_id = ? ORDER BY at, seq')
      .all(caseId) as EventRow[];
    return rows.map(eventFromRow);
  }

  async leaseOutbox(now: Date, limit: number, leaseMs: number, kinds?: OutboxKind[]): Promise<OutboxItem[]> {
    const at = now.toISOString();
    const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
    const lease = this.db.transaction(() => {
      const rows = this.sql(`SELECT id, kind, case_id, payload, attempts, next_attempt_at, created_at, last_error
          FROM outbox
          WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= @at AND (lease_until IS NULL OR lease_until <= @at)
            AND (@kinds IS NULL OR kind IN (SELECT value FROM json_each(@kinds)))
          ORDER BY created_at, seq LIMIT @limit`)
        .all({ at, limit, kinds: kinds ? JSON.stringify(kinds) : null }) as OutboxRow[];
      const take = this.sql('UPDATE outbox SET lease_until = ? WHERE id = ?');
      for (const row of rows) take.run(leaseUntil, row.id);
      return rows;
    });
    return lease.immediate().map(outboxItemFromRow);
  }

  async markDelivered(id: string, now: Date): Promise<void> {
    this.sql('UPDATE outbox SET delivered_at = ?, lease_until = NULL WHERE id = ?').run(now.toISOString(), id);
  }

  async markFailed(id: string, error: string, nextAttemptAt: Date): Promise<void> {
    this.sql(`UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, lease_until = NULL
              WHERE id = ?`)
      .run(truncateError(error), nextAttemptAt.toISOString(), id);
  }

  async markGivenUp(id: string, error: string, now: Date): Promise<void> {
    this.sql('UPDATE outbox SET attempts = attempts + 1, last_error = ?, failed_at = ?, lease_until = NULL WHERE id = ?')
      .run(truncateError(error), now.toISOString(), id);
  }

  async release(id: string, nextAttemptAt: Date): Promise<void> {
    this.sql('UPDATE outbox SET next_attempt_at = ?, lease_until = NULL WHERE id = ?').run(nextAttemptAt.toISOString(), id);
  }

  async pendingOutboxCount(): Promise<number> {
    return this.sql(`SELECT count(*) FROM outbox WHERE ${PENDING}`).pluck().get() as number;
  }

  async outboxStats(): Promise<OutboxStats> {
    const row = this.sql(`SELECT
        (SELECT count(*) FROM outbox WHERE ${PENDING}) AS pending,
        (SELECT count(*) FROM outbox WHERE failed_at IS NOT NULL) AS failed,
        (SELECT min(created_at) FROM outbox WHERE ${PENDING}) AS oldest`).get() as { pending: number; failed: number; oldest: string | null };
    return { pending: row.pending, failed: row.failed, ...(row.oldest ? { oldestPendingAt: row.oldest } : {}) };
  }

  async listAudit(limit: number): Promise<AuditEvent[]> {
    const rows = this.sql('SELECT at, type, actor, detail FROM audit_events ORDER BY seq DESC LIMIT ?').all(limit) as AuditRow[];
    return rows.map(auditFromRow);
  }

  async recordFeedback(feedback: Feedback): Promise<void> {
    this.sql(`INSERT OR IGNORE INTO feedback (id, at, user_key, lang, phase, helped) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(feedback.id, feedback.at, feedback.userKey, feedback.lang, feedback.phase, feedback.helped ? 1 : 0);
  }

  async pruneProcessed(before: Date): Promise<number> {
    return this.sql('DELETE FROM processed_activities WHERE at < ?').run(before.toISOString()).changes;
  }

  async getSetting(key: string): Promise<string | undefined> {
    return this.sql('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.writeSetting(key, value);
  }

  private writeSetting(key: string, value: string): void {
    this.sql('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }

  async readDocs(keys: string[]): Promise<Record<string, StoredItem>> {
    return keys.length > 1 ? this.readDocsAtOnce(keys) : this.selectDocs(keys);
  }

  private selectDocs(keys: string[]): Record<string, StoredItem> {
    const result: Record<string, StoredItem> = {};
    const read = this.sql('SELECT value, etag FROM docs WHERE key = ?');
    for (const key of keys) {
      const row = read.get(key) as { value: string; etag: string } | undefined;
      if (row) result[key] = { value: JSON.parse(row.value) as unknown, eTag: row.etag };
    }
    return result;
  }

  /** All docs or none: one stale eTag rolls the whole write back. */
  async writeDocs(docs: DocWrites): Promise<void> {
    this.writeDocsAtomically.immediate(docs);
  }

  /**
   * One upsert per doc, no read first: a conditional write updates only while the stored eTag is
   * the one given (or inserts when there is no row), so no change on an existing row means stale.
   */
  private applyDocs(docs: DocWrites): void {
    for (const [key, doc] of Object.entries(docs)) {
      const value = JSON.stringify(doc.value ?? null);
      if (doc.eTag === undefined || doc.eTag === '*') {
        this.sql('INSERT INTO docs (key, value, etag) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag')
          .run(key, value, randomUUID());
        continue;
      }
      const written = this.sql(`INSERT INTO docs (key, value, etag) VALUES (?, ?, ?)
                                ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag WHERE docs.etag = ?`)
        .run(key, value, randomUUID(), doc.eTag);
      if (written.changes === 0) throw new ETagConflictError(key);
    }
  }
}
