import { getJson } from './api';
import { h, show, table } from './dom';
import { dateTime, languageName } from './format';
import { caseLink } from './queue';
import { t } from './strings';
import { LANGS, STATES, type CaseSummary } from './types';

/** The last search, kept while the agent opens a case and comes back. */
let last: { query: URLSearchParams; cases: CaseSummary[]; page: number; hasMore: boolean } | undefined;

function field(name: string, label: string, input: HTMLInputElement | HTMLSelectElement): HTMLElement {
  input.id = `search-${name}`;
  input.name = name;
  if (last) input.value = last.query.get(name) ?? '';
  return h('div', { class: 'field' }, h('label', { for: input.id, text: label }), input);
}

function select(options: Array<[string, string]>): HTMLSelectElement {
  return h('select', {}, h('option', { value: '', text: t('tab.search.any') }), ...options.map(([value, text]) => h('option', { value, text })));
}

/** Past cases: a form with every criterion the store can search by, and the results, newest first. */
export function searchView(root: HTMLElement, fail: (error: unknown) => void): void {
  const results = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'search', role: 'search' },
    field('ref', t('tab.search.ref'), h('input', { type: 'search', maxlength: 40 })),
    field('user', t('tab.search.user'), h('input', { type: 'search', maxlength: 200 })),
    field('words', t('tab.search.words'), h('input', { type: 'search', maxlength: 200 })),
    field('state', t('tab.search.state'), select(STATES.map((s) => [s, t(`state.${s}`)]))),
    field('lang', t('tab.search.language'), select(LANGS.map((l) => [l, languageName(l)]))),
    field('from', t('tab.search.from'), h('input', { type: 'date' })),
    field('to', t('tab.search.to'), h('input', { type: 'date' })),
    h('div', { class: 'field submit' }, h('button', { type: 'submit', class: 'primary', text: t('tab.search.submit') })),
  );
  const render = (): void => {
    if (!last) return show(results);
    if (!last.cases.length) return show(results, h('p', { text: t('tab.search.none') }));
    const rows = last.cases.map((c) => [caseLink(c), c.user.name, languageName(c.lang), t(`state.${c.state}`), t(`reason.${c.reason}`), dateTime(c.openedAt), c.assignee ?? '']);
    const headers = ['col.ref', 'col.user', 'col.language', 'col.state', 'col.reason', 'col.opened', 'col.holder'].map((k) => t(`tab.${k}`));
    const more = last.hasMore ? h('button', { type: 'button', text: t('tab.search.more'), onclick: () => void fetchPage(last!.query, last!.page + 1) }) : undefined;
    show(results, table(t('tab.search.heading'), headers, rows, { captionHidden: true }), more);
  };
  const fetchPage = async (query: URLSearchParams, page: number): Promise<void> => {
    const params = new URLSearchParams(query);
    params.set('page', String(page));
    try {
      const answer = await getJson<{ cases: CaseSummary[]; hasMore: boolean }>(`/api/tab/cases?${params}`);
      last = { query, page, hasMore: answer.hasMore, cases: page === 0 ? answer.cases : [...(last?.cases ?? []), ...answer.cases] };
      render();
    } catch (error) {
      fail(error);
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) query.set(name, value.trim());
    void fetchPage(query, 0);
  });
  show(root, h('h2', { text: t('tab.search.heading') }), form, results);
  if (last) render();
  else void fetchPage(new URLSearchParams(), 0);
}
