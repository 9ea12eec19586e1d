import { postJson } from './api';
import { h } from './dom';
import { t } from './strings';
import type { CaseSummary } from './types';

export type Announce = (message: string) => void;

interface ActionAnswer {
  ok: boolean;
  reason?: string;
  case?: CaseSummary;
}

export const canClaim = (state: string): boolean => state === 'waiting' || state === 'open';
export const canResolve = (state: string): boolean => state === 'waiting' || state === 'open' || state === 'claimed';

/** Claim or resolve, as the case card's buttons do (same rules on the server); says what happened. */
async function run(c: CaseSummary, verb: 'claim' | 'resolve', note: string | undefined, announce: Announce): Promise<void> {
  const { body } = await postJson<ActionAnswer>(`/api/tab/cases/${encodeURIComponent(c.id)}/${verb}`, { requestId: crypto.randomUUID(), ...(note ? { note } : {}) });
  if (body.ok) announce(t(verb === 'claim' ? 'tab.action.claimed' : 'tab.action.resolved', { ref: c.ref }));
  else announce(t('tab.action.refused', { ref: c.ref, state: t(`state.${body.case?.state ?? c.state}`) }));
}

/**
 * The Claim and Resolve controls of a case. Resolve first opens a small form for the note to the
 * user; `busy` tells the caller a form is open (the live queue waits before it redraws).
 */
export function caseActions(c: CaseSummary, announce: Announce, done: () => void, busy: (open: boolean) => void): HTMLElement {
  const box = h('div', { class: 'actions' });
  const claim = canClaim(c.state)
    ? h('button', { type: 'button', class: 'primary', text: t('tab.action.claim'), 'aria-label': `${t('tab.action.claim')} ${c.ref}`, onclick: () => void run(c, 'claim', undefined, announce).finally(done) })
    : undefined;
  const openResolve = (): void => {
    busy(true);
    const id = `note-${c.id}`;
    const note = h('textarea', { id, rows: 2, maxlength: 1000 });
    const form = h('form', { class: 'resolve' },
      h('label', { for: id, text: t('tab.action.note') }),
      note,
      h('button', { type: 'submit', class: 'primary', text: t('tab.action.resolve') }),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      busy(false);
      void run(c, 'resolve', note.value.trim() || undefined, announce).finally(done);
    });
    box.replaceChildren(form);
    note.focus();
  };
  const resolve = canResolve(c.state)
    ? h('button', { type: 'button', text: t('tab.action.resolve'), 'aria-label': `${t('tab.action.resolve')} ${c.ref}`, onclick: openResolve })
    : undefined;
  box.append(...[claim, resolve].filter((b): b is HTMLButtonElement => Boolean(b)));
  return box;
}
