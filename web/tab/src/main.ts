import { ApiError, getJson, useHost } from './api';
import { casePage } from './case-page';
import { destroyCharts } from './charts';
import { h, show } from './dom';
import { insightView } from './insight';
import { queueView } from './queue';
import { searchView } from './search';
import { setStrings, t } from './strings';
import { connectHost, type Theme } from './teams';
import type { Session } from './types';

const VIEWS = ['queue', 'search', 'insight'] as const;
type View = (typeof VIEWS)[number];

function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

/** What the page shows instead of the views when the API refuses: sign in, not an agent, try later. */
function refusal(error: unknown): string {
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 401) return t('tab.signIn');
  if (status === 403) return t('tab.forbidden');
  if (status === 503) return t('tab.unavailable');
  return t('tab.failed', { status: status || (error instanceof Error ? error.message : 'network') });
}

async function boot(): Promise<void> {
  const host = await connectHost();
  useHost(host);
  applyTheme(host.theme);
  const { lang, strings } = await getJson<{ lang: string; strings: Record<string, string> }>('/api/tab/strings');
  setStrings(lang, strings);
  document.documentElement.lang = lang;
  document.title = t('tab.title');

  const banner = document.getElementById('banner')!;
  const nav = document.getElementById('nav')!;
  const main = document.getElementById('view')!;
  const live = document.getElementById('live')!;
  const announce = (message: string): void => {
    live.textContent = message;
  };
  document.getElementById('title')!.textContent = t('tab.title');
  nav.setAttribute('aria-label', t('tab.nav.label'));

  let session: Session;
  try {
    session = await getJson<Session>('/api/tab/session');
  } catch (error) {
    show(main, h('p', { class: 'refusal', role: 'alert', text: refusal(error) }));
    return;
  }
  if (session.mode === 'local') show(banner, h('p', { class: 'banner', role: 'note', text: t('tab.localBanner') }));

  const fail = (error: unknown): void => show(main, h('p', { class: 'refusal', role: 'alert', text: refusal(error) }));
  let stopView: (() => void) | undefined;
  const route = (): void => {
    stopView?.();
    stopView = undefined;
    destroyCharts();
    const hash = location.hash.replace(/^#/, '');
    const asked = new URLSearchParams(location.search).get('view');
    const [name, id] = hash.split('/');
    const view: View | 'case' = name === 'case' && id ? 'case' : (VIEWS.find((v) => v === name) ?? VIEWS.find((v) => v === asked) ?? 'queue');
    const current = view === 'case' ? 'search' : view;
    show(nav, ...VIEWS.map((v) => h('a', { href: `#${v}`, 'aria-current': v === current ? 'page' : undefined, text: t(`tab.nav.${v}`) })));
    if (view === 'queue') stopView = queueView(main, session, announce, fail);
    else if (view === 'search') searchView(main, fail);
    else if (view === 'insight') insightView(main, session, fail);
    else void casePage(main, decodeURIComponent(id!), announce, fail);
  };
  window.addEventListener('hashchange', route);
  host.onThemeChange((theme) => {
    applyTheme(theme);
    route(); // charts take their colours from the theme
  });
  route();
}

void boot().catch((error: unknown) => {
  document.getElementById('view')!.textContent = `${error instanceof Error ? error.message : String(error)}`;
});
