import type { Case, CaseReason, CaseState } from '../handoff/types';

/** A half-open interval of time [from, to), as ISO-8601 UTC instants (Date#toISOString). */
export interface Period {
  from: string;
  to: string;
}

/** An active case as the queue shows it, with what the reminder schedule needs. */
export interface QueueEntry {
  case: Case;
  /** Reminders already sent to the channel about this case. */
  reminders: number;
  lastRemindedAt?: string;
  /** When the case last became unclaimed: opened, or reopened. */
  lastReopenedAt?: string;
}

export interface CaseQuery {
  /** Part of the reference, e.g. "1042" or "WF-1042". */
  ref?: string;
  /** Part of the user's name, email or id (case-insensitive). */
  user?: string;
  /** Part of the user's own words (case-insensitive). */
  words?: string;
  states?: CaseState[];
  lang?: string;
  /** Opened within this period. */
  openedFrom?: string;
  openedTo?: string;
  limit: number;
  offset?: number;
}

/** A case found by a search, with the first times it was claimed and resolved. */
export interface FoundCase {
  case: Case;
  claimedAt?: string;
  resolvedAt?: string;
}

/** What the outbox did (or still has to do) about a case: cards, notices, reminders. */
export interface CaseMessage {
  kind: string;
  payload: Record<string, unknown>;
  createdAt: string;
  deliveredAt?: string;
  attempts: number;
}

/**
 * Nearest-rank percentiles of a set of durations, to the minute, in milliseconds: each duration counts as
 * the whole minute it falls in, and the p-th percentile of n is the minute at rank ceil(p/100 * n)
 * (1-based). Null when no case was claimed / resolved.
 */
export interface Durations {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

/** The figures of one group (all, a language, a phase) over a period. */
export interface Figures {
  /** On-topic messages the bot handled (answered, or that opened or added to a case). */
  messages: number;
  /** Answer cards given. */
  answers: number;
  /** Distinct people who asked (a message or a click about this error). */
  people: number;
  /** Distinct people among them whose request opened or added to a case. */
  peopleWithCase: number;
  /** people - peopleWithCase: answered without a person. */
  deflected: number;
  /** deflected / people; null when nobody asked. */
  deflectionRate: number | null;
  helped: number;
  notHelped: number;
  casesOpened: number;
  casesByReason: Record<CaseReason, number>;
  /** From opening to the first claim / the first resolution, for cases opened in the period. */
  timeToClaim: Durations;
  timeToResolve: Durations;
}

export interface DailyFigures {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  messages: number;
  answers: number;
  helped: number;
  notHelped: number;
  casesOpened: number;
}

export interface Insight {
  period: Period;
  totals: Figures;
  daily: DailyFigures[];
  byLang: Array<Figures & { key: string }>;
  byPhase: Array<Figures & { key: string }>;
}

/**
 * Read models for the support team's tab, computed by the database (SQL, the same on SQLite and
 * PostgreSQL): nothing here loads every row into memory.
 */
export interface Reports {
  /** Active cases (not resolved or cancelled), oldest first. */
  queue(limit: number): Promise<QueueEntry[]>;
  /** Cases matching every given criterion, newest first. */
  searchCases(query: CaseQuery): Promise<FoundCase[]>;
  /** Everything the outbox holds for a case, in the order it was committed. */
  caseMessages(caseId: string): Promise<CaseMessage[]>;
  insight(period: Period): Promise<Insight>;
}
