import type { Case, CaseEvent } from '../handoff/types';
import type { Reports } from '../reports/types';

/** A message waiting to be delivered by the outbox worker. */
export type OutboxKind = 'post-case-card' | 'update-case-card' | 'notify-user' | 'post-thread-reply' | 'remind-agents';

export interface OutboxItem {
  id: string;
  kind: OutboxKind;
  caseId: string;
  /** Kind-specific data (for notify-user: which notice and its parameters). */
  payload: Record<string, unknown>;
  attempts: number;
  /** ISO time before which the item must not be tried (retry backoff). */
  nextAttemptAt: string;
  createdAt: string;
  lastError?: string;
}

export type NewOutboxItem = Pick<OutboxItem, 'kind' | 'caseId' | 'payload'>;

/** Everything one turn changes, written in a single transaction. */
export interface TurnCommit {
  /** Incoming activity id: a second commit with the same key is refused as a duplicate. */
  dedupeKey: string;
  /** Cases to insert (new) or update (existing, with optimistic concurrency on `version`). */
  insertCases?: Case[];
  updateCases?: Case[];
  events?: CaseEvent[];
  outbox?: NewOutboxItem[];
  /** Docs written with the rest (same rules as writeDocs); a stale eTag fails the commit as a conflict. */
  docs?: DocWrites;
  /** Settings written with the rest (e.g. the support channel, with the audit event of who set it). */
  settings?: Record<string, string>;
  audit?: AuditEvent[];
  /** What the turn did about the error, for the support team's figures (no text). */
  interactions?: Interaction[];
}

/** One handled request about the error: a message answered, or a message or click that opened or added to a case. */
export interface Interaction {
  at: string;
  userKey: string;
  lang: string;
  phase: string;
  kind: 'answer' | 'case';
  /** False for a click on the answer card (it asks, but is not a message). */
  message: boolean;
}

/** Something an operator may have to account for later (who registered the support channel, and when). */
export interface AuditEvent {
  at: string;
  type: 'support-channel-registered';
  actor: { id: string; name: string; aadObjectId?: string; tenantId?: string };
  detail?: string;
}

/** The outbox at a glance, for readiness and operators. */
export interface OutboxStats {
  /** Not delivered yet, still being tried. */
  pending: number;
  /** Given up on after their retries: never delivered. */
  failed: number;
  /** createdAt of the oldest pending item. */
  oldestPendingAt?: string;
}

/** Docs to write, by key; a given eTag other than '*' must match the stored one. */
export type DocWrites = Record<string, { value: unknown; eTag?: string }>;

export interface Feedback {
  /** Id of the click activity (dedupe). */
  id: string;
  at: string;
  userKey: string;
  lang: string;
  phase: string;
  helped: boolean;
}

export type CommitResult = { ok: true } | { ok: false; reason: 'duplicate' | 'conflict' };

export interface StoredItem {
  value: unknown;
  eTag: string;
}

/**
 * The one storage interface every adapter (SQLite, PostgreSQL) implements.
 * All methods are safe to call concurrently, from one or several processes.
 */
export interface Store {
  /** Applies migrations (idempotent, safe when several instances start at once). */
  migrate(): Promise<void>;
  /** The schema version applied in the database, and the one this code expects (readiness). */
  schemaVersion(): Promise<{ applied: number; expected: number }>;
  close(): Promise<void>;

  /** Next number of the human-readable case reference sequence (unique across instances). */
  nextCaseNumber(): Promise<number>;
  commit(turn: TurnCommit): Promise<CommitResult>;
  wasProcessed(dedupeKey: string): Promise<boolean>;

  getCase(id: string): Promise<Case | undefined>;
  getCaseByRef(ref: string): Promise<Case | undefined>;
  /** The case whose card is the given message (the root of a support channel thread). */
  getCaseByCard(activityId: string): Promise<Case | undefined>;
  /** The user's case for this problem that is not resolved or cancelled, if any. */
  findActiveCase(userKey: string): Promise<Case | undefined>;
  listCasesByUser(userKey: string, limit: number): Promise<Case[]>;
  listActiveCases(limit: number): Promise<Case[]>;
  listEvents(caseId: string): Promise<CaseEvent[]>;

  /**
   * Takes up to `limit` outbox items that are due, leasing them for `leaseMs` to this worker
   * (others skip them; a crashed worker's lease simply expires).
   */
  leaseOutbox(now: Date, limit: number, leaseMs: number, kinds?: OutboxKind[]): Promise<OutboxItem[]>;
  markDelivered(id: string, now: Date): Promise<void>;
  markFailed(id: string, error: string, nextAttemptAt: Date): Promise<void>;
  /** Ends an item that could not be delivered after its retries: never leased again, counted as failed. */
  markGivenUp(id: string, error: string, now: Date): Promise<void>;
  /** Leaves the item pending without counting an attempt (e.g. no support channel yet). */
  release(id: string, nextAttemptAt: Date): Promise<void>;
  pendingOutboxCount(): Promise<number>;
  outboxStats(): Promise<OutboxStats>;

  /** Records a user's answer to "did this help?" (one per clicked activity; a repeat click is ignored). */
  recordFeedback(feedback: Feedback): Promise<void>;
  /** Forgets dedupe keys older than `before` (Teams redelivers within minutes, not days). */
  pruneProcessed(before: Date): Promise<number>;

  /** The latest audit events, newest first. */
  listAudit(limit: number): Promise<AuditEvent[]>;

  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;

  /** Figures and searches for the support team's tab. */
  readonly reports: Reports;

  /** Key-value documents with eTag concurrency (the bot's conversation memory). */
  readDocs(keys: string[]): Promise<Record<string, StoredItem>>;
  /** Writes each doc, all or none; a given eTag other than '*' must match the stored one or the write fails. */
  writeDocs(docs: DocWrites): Promise<void>;
}

/** Raised by writeDocs when an eTag does not match. */
export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`eTag conflict on ${key}`);
    this.name = 'ETagConflictError';
  }
}
