import type restify from 'restify';
import type { Request, Response } from 'restify';
import type { ZodType, ZodTypeDef } from 'zod';
import type { HandoffService } from '../handoff/service';
import type { CaseAction } from '../handoff/transitions';
import type { Knowledge, Lang } from '../knowledge';
import type { Logger } from '../logging/logger';
import { BodyRefusal, readJsonBody, type JsonBodyLimits } from '../server/json-body';
import type { Store } from '../storage/types';
import type { Session } from './api-types';
import type { Authorize, TabAccess } from './auth';
import { exportCases, exportDaily } from './export';
import { PAGE_SIZE, actionBody, periodQuery, queryOf, searchQuery, separatorQuery } from './params';
import { staticFiles } from './static';
import { tabStrings } from './strings';
import { detailOf, queueOf, summaryOf } from './views';

export interface TabDeps {
  store: Store;
  handoff: HandoffService;
  knowledge: Knowledge;
  clock: () => Date;
  log: Logger;
  supportLang: Lang;
  /** 0: no reminders, nothing is overdue. */
  remindAfterMs: number;
  authorize: Authorize;
  /** Folder of the built page. */
  webDir: string;
  /** Limits of a request body (claim / resolve): the messaging endpoint's own JSON reader and limits. */
  bodyLimits: JsonBodyLimits;
}

/** How often the page reloads the queue. */
export const QUEUE_REFRESH_SECONDS = 15;
const QUEUE_LIMIT = 500;

type Granted = Extract<TabAccess, { ok: true }>;
type TabHandler = (req: Request, res: Response, access: Granted) => Promise<void>;

/** A request the caller got wrong: answered with 400 and what is wrong, logged as a warning. */
class BadRequest extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join('; '));
  }
}

function parse<T>(schema: ZodType<T, ZodTypeDef, unknown>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new BadRequest(result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`));
  return result.data;
}

/**
 * The support team's tab: its page (/tab/) and its JSON API (/api/tab/*). Every API route but the
 * page's strings asks `authorize` first and reads nothing for a refused caller.
 */
export function registerTabRoutes(server: restify.Server, deps: TabDeps): void {
  const { store, log } = deps;
  const strings = tabStrings(deps.knowledge, deps.supportLang);
  const guarded = (handler: TabHandler) => async (req: Request, res: Response): Promise<void> => {
    res.header('cache-control', 'no-store');
    const access = await deps.authorize(req);
    if (!access.ok) {
      req.resume(); // a body nobody will read
      res.send(access.status, { error: access.error });
      return;
    }
    try {
      await handler(req, res, access);
    } catch (error) {
      if (error instanceof BadRequest) {
        log.warn({ path: req.path(), issues: error.issues }, 'tab request refused');
        res.send(400, { error: 'invalid request', issues: error.issues });
        return;
      }
      if (error instanceof BodyRefusal) {
        log.warn({ path: req.path(), status: error.status, reason: error.message }, 'tab request body refused');
        if (error.closeConnection) res.setHeader('connection', 'close');
        res.send(error.status, { error: error.message });
        return;
      }
      log.error({ err: error, path: req.path() }, 'tab request failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
      else res.end();
    }
  };
  const query = (req: Request) => queryOf(req.getQuery());

  server.get('/api/tab/strings', async (_req: Request, res: Response) => {
    res.send(200, { lang: deps.supportLang, strings });
  });

  server.get('/api/tab/session', guarded(async (_req, res, access) => {
    const session: Session = {
      mode: access.mode,
      agent: { name: access.agent.name },
      today: deps.clock().toISOString().slice(0, 10),
      remindAfterMinutes: deps.remindAfterMs / 60_000,
      refreshSeconds: QUEUE_REFRESH_SECONDS,
    };
    res.send(200, session);
  }));

  server.get('/api/tab/queue', guarded(async (_req, res) => {
    const now = deps.clock();
    res.send(200, { now: now.toISOString(), cases: queueOf(await store.reports.queue(QUEUE_LIMIT), now, deps.remindAfterMs) });
  }));

  server.get('/api/tab/cases', guarded(async (req, res) => {
    const found = await store.reports.searchCases(parse(searchQuery, query(req)));
    res.send(200, { cases: found.slice(0, PAGE_SIZE).map((f) => summaryOf(f.case, f)), hasMore: found.length > PAGE_SIZE });
  }));

  server.get('/api/tab/cases/:id', guarded(async (req, res) => {
    const c = await store.getCase(String(req.params.id));
    if (!c) {
      res.send(404, { error: 'case not found' });
      return;
    }
    const [events, messages] = [await store.listEvents(c.id), await store.reports.caseMessages(c.id)];
    res.send(200, detailOf(deps.knowledge, c, events, messages));
  }));

  for (const [verb, toAction] of [
    ['claim', () => ({ type: 'claim' })],
    ['resolve', (note?: string) => ({ type: 'resolve', note })],
  ] as Array<[string, (note?: string) => CaseAction]>) {
    server.post(`/api/tab/cases/:id/${verb}`, guarded(async (req, res, access) => {
      const body = parse(actionBody, await readJsonBody(req, deps.bodyLimits));
      const caseId = String(req.params.id);
      const actor = { ...access.agent, role: 'agent' as const };
      const dedupeKey = `tab:${access.agent.id}:${body.requestId}`;
      // The same service, rules, events and notices as a click on the case card in the channel;
      // a retried request (same id) finds its first attempt done and is not refused as a second click.
      const result = (await store.wasProcessed(dedupeKey))
        ? ({ ok: false, reason: 'duplicate' } as const)
        : await deps.handoff.act(caseId, toAction(body.note), actor, dedupeKey);
      log.info({ caseId, verb, by: access.agent.id, outcome: result.ok ? 'done' : result.reason }, 'tab case action');
      if (!result.ok && result.reason === 'not-found') {
        res.send(404, { error: 'case not found' });
        return;
      }
      const current = 'case' in result ? result.case : await store.getCase(caseId);
      const status = result.ok || result.reason === 'duplicate' ? 200 : 409;
      res.send(status, { ok: status === 200, ...(result.ok ? {} : { reason: result.reason }), case: current ? summaryOf(current) : undefined });
    }));
  }

  server.get('/api/tab/insight', guarded(async (req, res) => {
    const { days, period } = parse(periodQuery(deps.clock()), query(req));
    res.send(200, { days, ...(await store.reports.insight(period)) });
  }));

  for (const [name, write] of [['cases', exportCases], ['daily', exportDaily]] as const) {
    server.get(`/api/tab/export/${name}.csv`, guarded(async (req, res) => {
      const { sep, ...period } = query(req);
      const days = parse(periodQuery(deps.clock()), period);
      await write(deps, days, parse(separatorQuery, { sep }).sep, res);
    }));
  }

  const serve = staticFiles(deps.webDir);
  server.get('/tab', async (_req: Request, res: Response) => {
    res.header('location', '/tab/');
    res.send(302);
  });
  server.get('/tab/*', serve);
}
