import { ApiError, download, getJson } from './api';
import { chartFigure, destroyCharts } from './charts';
import { h, show, table } from './dom';
import { count, day, duration, languageName, percent } from './format';
import { t } from './strings';
import { REASONS, type Durations, type Figures, type Insight, type Session } from './types';

/** The period shown, kept across views. */
let shown: { from: string; to: string } | undefined;

function durations(d: Durations): string {
  if (!d.count || d.medianMs === null || d.p90Ms === null) return t('tab.figure.noDurations');
  return t('tab.figure.durations', { median: duration(d.medianMs), p90: duration(d.p90Ms), count: count(d.count) });
}

function figureCards(f: Figures): HTMLElement {
  const cards: Array<[string, string, string?]> = [
    [t('tab.figure.people'), count(f.people)],
    [t('tab.figure.deflection'), percent(f.deflectionRate), t('tab.figure.deflectionDetail', { deflected: count(f.deflected), people: count(f.people) })],
    [t('tab.figure.messages'), count(f.messages)],
    [t('tab.figure.answers'), count(f.answers)],
    [t('action.helped'), count(f.helped)],
    [t('action.notHelped'), count(f.notHelped)],
    [t('tab.figure.cases'), count(f.casesOpened)],
    [t('tab.figure.timeToClaim'), f.timeToClaim.medianMs === null ? '–' : duration(f.timeToClaim.medianMs), durations(f.timeToClaim)],
    [t('tab.figure.timeToResolve'), f.timeToResolve.medianMs === null ? '–' : duration(f.timeToResolve.medianMs), durations(f.timeToResolve)],
  ];
  return h('dl', { class: 'figures' }, ...cards.map(([label, value, detail]) =>
    h('div', { class: 'figure' }, h('dt', { text: label }), h('dd', { class: 'value', text: value }), detail ? h('dd', { class: 'subtle', text: detail }) : undefined)));
}

function split(title: string, column: string, groups: Array<Figures & { key: string }>, name: (key: string) => string): HTMLElement {
  const headers = [column, t('tab.figure.people'), t('tab.figure.deflection'), t('tab.figure.messages'), t('tab.figure.answers'),
    t('action.helped'), t('action.notHelped'), t('tab.figure.cases'), t('tab.figure.timeToClaim'), t('tab.figure.timeToResolve')];
  const rows = groups.map((g) => [name(g.key), count(g.people), percent(g.deflectionRate), count(g.messages), count(g.answers),
    count(g.helped), count(g.notHelped), count(g.casesOpened), durations(g.timeToClaim), durations(g.timeToResolve)]);
  return h('section', {}, h('h3', { text: title }), table(title, headers, rows, { captionHidden: true }));
}

/** Figures and charts for a period, and its exports. */
export function insightView(root: HTMLElement, session: Session, fail: (error: unknown) => void): void {
  const period = shown ?? { from: new Date(Date.parse(session.today) - 29 * 86_400_000).toISOString().slice(0, 10), to: session.today };
  const from = h('input', { type: 'date', id: 'insight-from', name: 'from', value: period.from, required: true });
  const to = h('input', { type: 'date', id: 'insight-to', name: 'to', value: period.to, required: true });
  const body = h('div', { 'aria-live': 'polite' }, h('p', { text: t('tab.loading') }));
  const form = h('form', { class: 'period' },
    h('div', { class: 'field' }, h('label', { for: 'insight-from', text: t('tab.insight.from') }), from),
    h('div', { class: 'field' }, h('label', { for: 'insight-to', text: t('tab.insight.to') }), to),
    h('div', { class: 'field submit' }, h('button', { type: 'submit', class: 'primary', text: t('tab.insight.show') })),
  );
  const load = async (): Promise<void> => {
    destroyCharts();
    const query = `from=${encodeURIComponent(from.value)}&to=${encodeURIComponent(to.value)}`;
    let insight: Insight;
    try {
      insight = await getJson<Insight>(`/api/tab/insight?${query}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) return show(body, h('p', { role: 'alert', text: t('tab.insight.invalid') }));
      return fail(error);
    }
    shown = insight.days;
    const days = insight.daily.map((d) => day(d.day));
    const f = insight.totals;
    show(body,
      h('div', { class: 'exports' },
        h('button', { type: 'button', text: t('tab.export.cases'), onclick: () => void download(`/api/tab/export/cases.csv?${query}`).catch(fail) }),
        h('button', { type: 'button', text: t('tab.export.daily'), onclick: () => void download(`/api/tab/export/daily.csv?${query}`).catch(fail) })),
      figureCards(f),
      h('div', { class: 'charts' },
        chartFigure('chart-daily', t('tab.chart.daily'), 'line', t('tab.col.day'), days, [
          { label: t('tab.figure.messages'), values: insight.daily.map((d) => d.messages) },
          { label: t('tab.figure.answers'), values: insight.daily.map((d) => d.answers) },
          { label: t('tab.figure.cases'), values: insight.daily.map((d) => d.casesOpened) },
        ]),
        chartFigure('chart-feedback', t('tab.chart.feedback'), 'stacked', t('tab.col.day'), days, [
          { label: t('action.helped'), values: insight.daily.map((d) => d.helped) },
          { label: t('action.notHelped'), values: insight.daily.map((d) => d.notHelped) },
        ]),
        chartFigure('chart-reasons', t('tab.chart.reasons'), 'bar', t('tab.col.reason'), REASONS.map((r) => t(`reason.${r}`)), [
          { label: t('tab.figure.cases'), values: REASONS.map((r) => f.casesByReason[r] ?? 0) },
        ])),
      split(t('tab.split.lang'), t('tab.col.language'), insight.byLang, languageName),
      split(t('tab.split.phase'), t('tab.col.phase'), insight.byPhase, (key) => t(`phase.${key}.name`)),
    );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  show(root, h('h2', { text: t('tab.insight.heading') }), form, body);
  void load();
}
