import type { Case, CaseEvent } from '../handoff/types';
import type { AuditEvent, OutboxItem, OutboxKind } from './types';

/** The stored JSON document is the case; the version column is authoritative for concurrency. */
export function caseFromDocument(document: unknown, version: number): Case {
  const parsed = typeof document === 'string' ? (JSON.parse(document) as Case) : (document as Case);
  return { ...parsed, version };
}

/** Row shape shared by both adapters once timestamps are ISO strings and JSON is parsed. */
export interface OutboxRow {
  id: string;
  kind: string;
  case_id: string;
  payload: unknown;
  attempts: number;
  next_attempt_at: string | Date;
  created_at: string | Date;
  last_error: string | null;
}

export function outboxItemFromRow(row: OutboxRow): OutboxItem {
  const payload = typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload;
  const item: OutboxItem = {
    id: row.id,
    kind: row.kind as OutboxKind,
    caseId: row.case_id,
    payload: payload as Record<string, unknown>,
    attempts: Number(row.attempts),
    nextAttemptAt: toIso(row.next_attempt_at),
    createdAt: toIso(row.created_at),
  };
  if (row.last_error !== null) item.lastError = row.last_error;
  return item;
}

export function toIso(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString();
}

/** Error texts can be long stack-ish strings; keep the outbox row small. */
export function truncateError(error: string): string {
  return error.length > 2000 ? `${error.slice(0, 2000)}…` : error;
}

/** Thrown inside a transaction to roll the whole turn back and report why. */
export class Rollback extends Error {
  constructor(readonly reason: 'duplicate' | 'conflict') {
    super(reason);
  }
}

export interface EventRow {
  case_id: string;
  at: string | Date;
  type: string;
  actor: unknown;
  detail: string | null;
}

export function eventFromRow(row: EventRow): CaseEvent {
  const actor = typeof row.actor === 'string' ? JSON.parse(row.actor) : row.actor;
  return {
    caseId: row.case_id,
    at: toIso(row.at),
    type: row.type as CaseEvent['type'],
    actor: actor as CaseEvent['actor'],
    ...(row.detail === null ? {} : { detail: row.detail }),
  };
}

export interface AuditRow {
  at: string | Date;
  type: string;
  actor: unknown;
  detail: string | null;
}

export function auditFromRow(row: AuditRow): AuditEvent {
  const actor = typeof row.actor === 'string' ? JSON.parse(row.actor) : row.actor;
  return {
    at: toIso(row.at),
    type: row.type as AuditEvent['type'],
    actor: actor as AuditEvent['actor'],
    ...(row.detail === null ? {} : { detail: row.detail }),
  };
}

/**
 * The columns the reports read beside a case's document: what the figures group by, and the
 * lower-cased text the search matches (lower-cased here, so both databases match alike).
 */
export function reportColumns(c: Case): { lang: string; phase: string; reason: string; searchUser: string; searchWords: string } {
  const who = [c.user.name, c.user.email ?? '', c.userKey, c.user.aadObjectId ?? ''].join('\n');
  return { lang: c.lang, phase: c.phase, reason: c.reason, searchUser: who.toLowerCase(), searchWords: c.userWords.join('\n').toLowerCase() };
}

/**
 * The case columns an event of this type stamps the first time it happens: when, and how long after
 * the case was opened (an integer the figures sort directly, instead of parsing times on every report).
 */
export function firstTimeColumns(type: CaseEvent['type']): { at: 'claimed_at' | 'resolved_at'; ms: 'claim_ms' | 'resolve_ms' } | undefined {
  if (type === 'claimed') return { at: 'claimed_at', ms: 'claim_ms' };
  if (type === 'resolved') return { at: 'resolved_at', ms: 'resolve_ms' };
  return undefined;
}
