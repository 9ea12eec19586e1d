import { caseActions, type Announce } from './actions';
import { ApiError, getJson } from './api';
import { h, show } from './dom';
import { dateTime, languageName } from './format';
import { t } from './strings';
import type { CaseDetail, HistoryEntry } from './types';

function facts(c: CaseDetail): HTMLElement {
  const rows: Array<[string, string | undefined]> = [
    [t('tab.col.user'), c.user.email ? `${c.user.name} <${c.user.email}>` : c.user.name],
    [t('tab.col.language'), languageName(c.lang)],
    [t('tab.col.phase'), t(`phase.${c.phase}.name`)],
    [t('tab.col.reason'), t(`reason.${c.reason}`)],
    [t('tab.col.state'), t(`state.${c.state}`)],
    [t('tab.col.opened'), dateTime(c.openedAt)],
    [t('tab.col.holder'), c.assignee ?? t('caseCard.unassigned')],
  ];
  return h('dl', { class: 'facts' }, ...rows.flatMap(([term, value]) => [h('dt', { text: term }), h('dd', { text: value ?? '' })]));
}

/** Who wrote a line of the exchange: the user, the bot, or the agent by name. */
function speaker(entry: Extract<HistoryEntry, { kind: 'exchange' }>): string {
  if (entry.from === 'agent') return entry.name ?? t('tab.col.holder');
  return t(entry.from === 'user' ? 'tab.case.fromUser' : 'tab.case.fromBot');
}

/** One line of the history, in words: an event, a line of the exchange, or a message the bot sent. */
function historyLine(entry: HistoryEntry): HTMLElement {
  const when = h('time', { datetime: entry.at, class: 'subtle', text: dateTime(entry.at) });
  switch (entry.kind) {
    case 'event':
      return h('li', { class: `event ${entry.type}` }, when, ' ', t(`event.${entry.type}`, { actor: entry.actor }), entry.detail && ['resolved', 'user-message', 'agent-message'].includes(entry.type) ? h('q', { text: entry.detail }) : undefined);
    case 'exchange':
      return h('li', { class: `exchange ${entry.from}` }, when, ' ', h('strong', { text: `${speaker(entry)}: ` }), entry.text);
    case 'message':
      return h('li', { class: 'message' }, when, ' ', t(`tab.case.sent.${entry.what}`),
        entry.text ? h('q', { text: entry.text }) : undefined,
        h('span', { class: 'subtle', text: ` (${entry.deliveredAt ? t('tab.case.delivered', { time: dateTime(entry.deliveredAt) }) : t('tab.case.pending')})` }));
  }
}

/** A case's page: who, what they wrote, what the bot and the agents did, everything sent, in order. */
export async function casePage(root: HTMLElement, id: string, announce: Announce, fail: (error: unknown) => void): Promise<void> {
  show(root, h('p', { text: t('tab.loading') }));
  let c: CaseDetail;
  try {
    c = await getJson<CaseDetail>(`/api/tab/cases/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return show(root, h('p', { text: t('tab.case.notFound') }), h('a', { href: '#search', text: t('tab.case.back') }));
    return fail(error);
  }
  const reload = (): void => void casePage(root, id, announce, fail);
  show(root,
    h('a', { href: '#search', class: 'back', text: t('tab.case.back') }),
    h('h2', { text: t('caseCard.title', { ref: c.ref }) }),
    facts(c),
    caseActions(c, announce, reload, () => undefined),
    c.chatUrl ? h('p', {}, h('a', { href: c.chatUrl, target: '_blank', rel: 'noopener noreferrer', text: t('tab.case.chat') })) : undefined,
    h('h3', { text: t('tab.case.words') }),
    h('ul', { class: 'words' }, ...c.words.map((w) => h('li', {}, h('blockquote', { text: w })))),
    h('h3', { text: t('tab.case.botAnswer') }),
    h('p', { text: c.botAnswer }),
    c.signals.length ? h('p', { class: 'subtle', text: `${t('tab.case.signals')}: ${c.signals.join(', ')}` }) : undefined,
    c.resolutionNote ? h('h3', { text: t('tab.case.note') }) : undefined,
    c.resolutionNote ? h('p', { text: c.resolutionNote }) : undefined,
    h('h3', { text: t('tab.case.history') }),
    h('ol', { class: 'history' }, ...c.history.map(historyLine)),
  );
}
