import { caseActions, type Announce } from './actions';
import { getJson } from './api';
import { h, show, table } from './dom';
import { duration, languageName, time } from './format';
import { t } from './strings';
import type { QueueItem, Session } from './types';

/** A link to a case's page. */
export function caseLink(c: { id: string; ref: string }): HTMLAnchorElement {
  return h('a', { href: `#case/${encodeURIComponent(c.id)}`, text: c.ref, 'aria-label': t('tab.action.open', { ref: c.ref }) });
}

/**
 * The open cases, longest waiting first, reloaded every few seconds while shown (not while an agent
 * is writing a resolution note). Claim and Resolve act at once and reload.
 */
export function queueView(root: HTMLElement, session: Session, announce: Announce, fail: (error: unknown) => void): () => void {
  let timer: number | undefined;
  let stopped = false;
  let writing = false;
  const status = h('p', { class: 'subtle', id: 'queue-status' });
  const body = h('div', { 'aria-busy': 'true' }, h('p', { text: t('tab.loading') }));
  show(root, h('h2', { text: t('tab.queue.heading') }), status, body);

  const render = (now: string, cases: QueueItem[]): void => {
    status.textContent = t('tab.queue.updated', { time: time(now), seconds: session.refreshSeconds });
    body.setAttribute('aria-busy', 'false');
    if (!cases.length) return show(body, h('p', { text: t('tab.queue.empty') }));
    const rows = cases.map((c) => [
      caseLink(c),
      h('span', {}, c.user.name, c.user.email ? h('span', { class: 'subtle block', text: c.user.email }) : undefined),
      languageName(c.lang),
      t(`phase.${c.phase}.name`),
      t(`reason.${c.reason}`),
      h('span', {},
        duration(Date.parse(now) - Date.parse(c.waitingSince)),
        c.overdue ? h('span', { class: 'badge overdue', text: t('tab.queue.overdue') }) : undefined,
        c.reminders ? h('span', { class: 'subtle block', text: t('tab.queue.reminders', { n: c.reminders }) }) : undefined),
      c.assignee ?? h('span', { class: 'subtle', text: t('caseCard.unassigned') }),
      caseActions(c, announce, () => void load(), (open) => (writing = open)),
    ]);
    show(body, table(t('tab.queue.heading'), ['col.ref', 'col.user', 'col.language', 'col.phase', 'col.reason', 'col.waiting', 'col.holder', 'col.actions'].map((k) => t(`tab.${k}`)), rows, { captionHidden: true }));
  };

  const load = async (): Promise<void> => {
    window.clearTimeout(timer);
    if (stopped) return;
    try {
      if (!writing) {
        const answer = await getJson<{ now: string; cases: QueueItem[] }>('/api/tab/queue');
        if (!stopped && !writing) render(answer.now, answer.cases);
      }
    } catch (error) {
      fail(error);
    }
    if (!stopped) timer = window.setTimeout(() => void load(), session.refreshSeconds * 1000);
  };
  void load();
  return () => {
    stopped = true;
    window.clearTimeout(timer);
  };
}
