/**
 * The JSON the tab's API answers, shared by the server (src/tab) and the page (web/tab, which
 * imports these types only): one definition, checked by the compiler on both sides.
 */
import type { Insight } from '../reports/types';

export type { DailyFigures, Durations, Figures } from '../reports/types';

/** What every list of cases shows. Plain data: the page renders it as text, never as markup. */
export interface CaseSummary {
  id: string;
  ref: string;
  user: { name: string; email?: string };
  lang: string;
  phase: string;
  reason: string;
  state: string;
  openedAt: string;
  assignee?: string;
  claimedAt?: string;
  resolvedAt?: string;
}

export interface QueueItem extends CaseSummary {
  waitingSince: string;
  overdue: boolean;
  reminders: number;
  lastWords?: string;
}

export type HistoryEntry =
  | { at: string; kind: 'event'; type: string; actor: string; role: string; detail?: string }
  | { at: string; kind: 'exchange'; from: 'user' | 'bot' | 'agent'; name?: string; text: string }
  | { at: string; kind: 'message'; what: string; text?: string; deliveredAt?: string; attempts: number };

export interface CaseDetail extends CaseSummary {
  tenantId: string;
  words: string[];
  botAnswer: string;
  signals: string[];
  resolutionNote?: string;
  chatUrl?: string;
  history: HistoryEntry[];
}

/** GET /api/tab/session: who is signed in, and what the page needs to know. */
export interface Session {
  mode: 'local' | 'sso';
  agent: { name: string };
  /** Today in the bot's clock (BOT_NOW moves it), YYYY-MM-DD: the default end of the insight's period. */
  today: string;
  remindAfterMinutes: number;
  refreshSeconds: number;
}

/** GET /api/tab/insight: the figures, and the days (inclusive) they cover. */
export interface InsightAnswer extends Insight {
  days: { from: string; to: string };
}
