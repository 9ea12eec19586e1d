import type { Response } from 'restify';
import type { Period } from '../reports/types';
import { BOM, csvLine, separatorFor, type Separator } from './csv';
import type { TabDeps } from './routes';

/** A period asked for as whole days (inclusive) and the instants it covers. */
export interface DaysPeriod {
  days: { from: string; to: string };
  period: Period;
}

const PAGE = 500;

function startCsv(res: Response, name: string, days: DaysPeriod['days']): void {
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}-${days.from}-${days.to}.csv"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.write(BOM);
}

const seconds = (from: string, to: string | undefined): number | undefined =>
  to === undefined ? undefined : Math.round((Date.parse(to) - Date.parse(from)) / 1000);

/** The cases opened in the period, newest first, read from the store a page at a time as they are written out. */
export async function exportCases(deps: Pick<TabDeps, 'store' | 'supportLang'>, asked: DaysPeriod, sep: 'comma' | 'semicolon' | undefined, res: Response): Promise<void> {
  const separator = separatorOf(sep, deps);
  startCsv(res, 'cases', asked.days);
  res.write(csvLine(['reference', 'opened_at', 'state', 'reason', 'language', 'phase', 'user', 'email', 'tenant', 'handled_by',
    'claimed_at', 'resolved_at', 'seconds_to_claim', 'seconds_to_resolve', 'user_words', 'resolution_note'], separator));
  for (let offset = 0; ; offset += PAGE) {
    const page = await deps.store.reports.searchCases({ openedFrom: asked.period.from, openedTo: asked.period.to, limit: PAGE, offset });
    for (const { case: c, claimedAt, resolvedAt } of page) {
      res.write(csvLine([c.ref, c.openedAt, c.state, c.reason, c.lang, c.phase, c.user.name, c.user.email, c.tenantId, c.assignee?.name,
        claimedAt, resolvedAt, seconds(c.openedAt, claimedAt), seconds(c.openedAt, resolvedAt), c.userWords.join(' / '), c.resolutionNote], separator));
    }
    if (page.length < PAGE) break;
  }
  res.end();
}

/** The daily figures of the period, one line per UTC day. */
export async function exportDaily(deps: Pick<TabDeps, 'store' | 'supportLang'>, asked: DaysPeriod, sep: 'comma' | 'semicolon' | undefined, res: Response): Promise<void> {
  const separator = separatorOf(sep, deps);
  const insight = await deps.store.reports.insight(asked.period);
  startCsv(res, 'daily', asked.days);
  res.write(csvLine(['day', 'messages', 'answers', 'helped', 'not_helped', 'cases_opened'], separator));
  for (const d of insight.daily) res.write(csvLine([d.day, d.messages, d.answers, d.helped, d.notHelped, d.casesOpened], separator));
  res.end();
}

function separatorOf(sep: 'comma' | 'semicolon' | undefined, deps: Pick<TabDeps, 'supportLang'>): Separator {
  return sep === 'comma' ? ',' : sep === 'semicolon' ? ';' : separatorFor(deps.supportLang);
}
