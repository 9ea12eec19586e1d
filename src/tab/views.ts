import { chatDeepLink } from '../cards/caseCard';
import type { UserNotice } from '../handoff/notices';
import type { Case, CaseEvent } from '../handoff/types';
import type { Knowledge } from '../knowledge';
import { isOverdue, waitingSince } from '../reminders/schedule';
import type { CaseMessage, FoundCase, QueueEntry } from '../reports/types';
import type { CaseDetail, CaseSummary, HistoryEntry, QueueItem } from './api-types';

export function summaryOf(c: Case, times: Partial<Pick<FoundCase, 'claimedAt' | 'resolvedAt'>> = {}): CaseSummary {
  return {
    id: c.id,
    ref: c.ref,
    user: { name: c.user.name, ...(c.user.email ? { email: c.user.email } : {}) },
    lang: c.lang,
    phase: c.phase,
    reason: c.reason,
    state: c.state,
    openedAt: c.openedAt,
    ...(c.assignee ? { assignee: c.assignee.name } : {}),
    ...(times.claimedAt ? { claimedAt: times.claimedAt } : {}),
    ...(times.resolvedAt ? { resolvedAt: times.resolvedAt } : {}),
  };
}

/** The queue, longest waiting first. */
export function queueOf(entries: QueueEntry[], now: Date, remindAfterMs: number): QueueItem[] {
  return entries
    .map((entry) => ({
      ...summaryOf(entry.case),
      waitingSince: waitingSince(entry),
      overdue: remindAfterMs > 0 && isOverdue(entry, now, remindAfterMs),
      reminders: entry.reminders,
      ...(entry.case.userWords.length ? { lastWords: entry.case.userWords.at(-1)!.slice(0, 300) } : {}),
    }))
    .sort((a, b) => a.waitingSince.localeCompare(b.waitingSince) || a.ref.localeCompare(b.ref));
}

const ORDER: Record<HistoryEntry['kind'], number> = { exchange: 0, event: 1, message: 2 };

/**
 * A case's whole history in time order: its events, the recent exchange with the user, and every
 * message the outbox sent (or still has to send) about it; a notice is shown as the user read it.
 */
export function detailOf(k: Knowledge, c: Case, events: CaseEvent[], messages: CaseMessage[]): CaseDetail {
  const first = (type: CaseEvent['type']) => events.find((e) => e.type === type)?.at;
  const times = { claimedAt: first('claimed'), resolvedAt: first('resolved') };
  const history: HistoryEntry[] = [
    ...c.transcript.map((line): HistoryEntry => ({ at: line.at, kind: 'exchange', from: line.from, ...(line.name ? { name: line.name } : {}), text: line.text })),
    ...events.map((e): HistoryEntry => ({ at: e.at, kind: 'event', type: e.type, actor: e.actor.name, role: e.actor.role, ...(e.detail ? { detail: e.detail } : {}) })),
    ...messages.map((m): HistoryEntry => ({
      at: m.createdAt,
      kind: 'message',
      what: m.kind,
      ...(m.kind === 'notify-user' ? { text: noticeText(k, c, m.payload as UserNotice) } : {}),
      ...(m.deliveredAt ? { deliveredAt: m.deliveredAt } : {}),
      attempts: m.attempts,
    })),
  ];
  history.sort((a, b) => a.at.localeCompare(b.at) || ORDER[a.kind] - ORDER[b.kind]);
  const chatUrl = chatDeepLink(c);
  return {
    ...summaryOf(c, times),
    tenantId: c.tenantId,
    words: c.userWords,
    botAnswer: c.botAnswer,
    signals: c.signals ?? [],
    ...(c.resolutionNote ? { resolutionNote: c.resolutionNote } : {}),
    ...(chatUrl ? { chatUrl } : {}),
    history,
  };
}

function noticeText(k: Knowledge, c: Case, notice: UserNotice): string {
  if (notice.notice === 'answer-card') return `${k.t(c.lang, 'answer.title')} (${k.t(c.lang, `phase.${notice.phase}.name`)})`;
  return k.t(c.lang, notice.key, notice.vars);
}
