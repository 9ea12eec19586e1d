/** The API's JSON (src/tab/api-types.ts) and the names the page offers to choose from. */
export type { CaseDetail, CaseSummary, Durations, Figures, HistoryEntry, InsightAnswer as Insight, QueueItem, Session } from '../../../src/tab/api-types';
export { LANGS } from '../../../src/knowledge/types';

export const STATES = ['waiting', 'open', 'claimed', 'resolved', 'cancelled'];
export const REASONS = ['exception', 'asked', 'not-helped'] as const;
