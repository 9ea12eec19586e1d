import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { h, table } from './dom';
import { count } from './format';
import { t } from './strings';

// Only the parts these charts use (Chart.js is tree-shakable): a smaller page.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface Series {
  label: string;
  values: number[];
}

/** The theme's colours, from the page's CSS (default, dark and high-contrast themes each set them). */
function palette(): { text: string; grid: string; series: string[] } {
  const css = getComputedStyle(document.documentElement);
  const read = (name: string) => css.getPropertyValue(name).trim();
  return { text: read('--text'), grid: read('--grid'), series: [read('--series-1'), read('--series-2'), read('--series-3')] };
}

const charts = new Set<Chart>();

/**
 * A chart with its accessible alternative: the canvas is an image described in words, and the same
 * figures are in a table right below it (folded, for sighted readers who want the numbers).
 */
export function chartFigure(id: string, title: string, kind: 'bar' | 'line' | 'stacked', axis: string, labels: string[], series: Series[]): HTMLElement {
  const canvas = h('canvas', { id, role: 'img', 'aria-label': `${title}: ${series.map((s) => `${s.label} ${count(s.values.reduce((a, b) => a + b, 0))}`).join(', ')}` });
  const rows = labels.map((label, i) => [label, ...series.map((s) => count(s.values[i] ?? 0))]);
  const figure = h('figure', { class: 'chart' },
    h('figcaption', { text: title }),
    h('div', { class: 'canvas-box' }, canvas),
    h('details', {}, h('summary', { text: t('tab.chart.table') }), table(title, [axis, ...series.map((s) => s.label)], rows, { captionHidden: true })),
  );
  const colors = palette();
  const dashes = [[], [6, 4], [2, 3]];
  const config: ChartConfiguration = {
    type: kind === 'line' ? 'line' : 'bar',
    data: {
      labels,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: colors.series[i],
        borderColor: colors.series[i],
        borderDash: dashes[i],
        pointStyle: (['circle', 'rect', 'triangle'] as const)[i],
        pointRadius: 3,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: colors.text,
      scales: {
        x: { stacked: kind === 'stacked', ticks: { color: colors.text }, grid: { color: colors.grid } },
        y: { stacked: kind === 'stacked', beginAtZero: true, ticks: { color: colors.text, precision: 0 }, grid: { color: colors.grid } },
      },
      plugins: { legend: { labels: { color: colors.text, usePointStyle: true } } },
    },
  };
  // Drawn once the canvas is in the page (Chart.js measures its box).
  requestAnimationFrame(() => {
    if (canvas.isConnected) charts.add(new Chart(canvas, config));
  });
  return figure;
}

/** Removes the charts of the previous view (or before a theme change redraws them). */
export function destroyCharts(): void {
  for (const chart of charts) chart.destroy();
  charts.clear();
}
