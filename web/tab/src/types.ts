/** The API's JSON, as src/tab/views.ts and src/reports/types.ts shape it. */
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

export interface Durations {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface Figures {
  messages: number;
  answers: number;
  people: number;
  peopleWithCase: number;
  deflected: number;
  deflectionRate: number | null;
  helped: number;
  notHelped: number;
  casesOpened: number;
  casesByReason: Record<string, number>;
  timeToClaim: Durations;
  timeToResolve: Durations;
}

export interface Insight {
  days: { from: string; to: string };
  totals: Figures;
  daily: Array<{ day: string; messages: number; answers: number; helped: number; notHelped: number; casesOpened: number }>;
  byLang: Array<Figures & { key: string }>;
  byPhase: Array<Figures & { key: string }>;
}

export interface Session {
  mode: 'local' | 'sso';
  agent: { name: string };
  today: string;
  remindAfterMinutes: number;
  refreshSeconds: number;
}

export const LANGS = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ja', 'ko', 'zh'];
export const STATES = ['waiting', 'open', 'claimed', 'resolved', 'cancelled'];
export const REASONS = ['exception', 'asked', 'not-helped'];
