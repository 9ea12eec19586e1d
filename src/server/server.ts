import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import restify, { type Request, type Response } from 'restify';
import { ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { TeamsAdapter } from '../bot/teams-ai';
import type { Logger } from '../logging/logger';
import type { Telemetry } from '../telemetry/telemetry';
import { KNOWN_TYPES, describeIssues, inboundActivity } from './activity-schema';
import { BodyRefusal, readJsonBody, type JsonBodyLimits } from './json-body';
import type { Readiness } from './readiness';

export interface ServerOptions {
  adapter: TeamsAdapter;
  /** Runs the bot for one turn (the teams-ai Application). */
  run: (context: TurnContext) => Promise<void>;
  log: Logger;
  maxBodyBytes: number;
  /** A request body not received in full by then is refused with 408. */
  bodyTimeoutMs: number;
  /** Readiness for /readyz (the store answers, migrations ran, not draining). */
  ready: () => Promise<Readiness>;
  /** False once the instance is shutting down: new activities get 503, to be redelivered elsewhere. */
  accepting: () => boolean;
  telemetry: Telemetry;
  /** GET /metrics for a Prometheus scraper holding the bearer token (off when absent). */
  metrics?: { token: string; scrape: (req: IncomingMessage, res: ServerResponse) => void };
  /** Registers further routes (the support team's tab). */
  extraRoutes?: (server: restify.Server) => void;
}

const SOCKET_IDLE_MS = 30_000;
/** Activities nest a few levels (cards in attachments, card data in value); 64 leaves ample room. */
const MAX_JSON_DEPTH = 64;

/** The HTTP face of the bot: POST /api/messages, GET /healthz (liveness) and GET /readyz (readiness). */
export function createServer(options: ServerOptions): restify.Server {
  const { adapter, run, log } = options;
  const server = restify.createServer({ name: 'workfront-outlook-support', handleUncaughtExceptions: false });
  // Idle sockets (a client that connects and sends nothing more) are closed rather than kept forever.
  server.server.setTimeout(SOCKET_IDLE_MS);
  const limits: JsonBodyLimits = { maxBytes: options.maxBodyBytes, timeoutMs: options.bodyTimeoutMs, maxDepth: MAX_JSON_DEPTH };

  // Liveness: the process answers. Cheap, and independent of the database (an outage is not a reason to restart).
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req: Request, res: Response) => {
    const state = await options.ready();
    res.send(state.ready ? 200 : 503, state);
  });
  if (options.metrics) serveMetrics(server, options.metrics, log);

  const authenticate = inboundAuthenticator(adapter, log);
  // Dev tools (Agents Playground, Teams Toolkit) probe the endpoint with HEAD before posting.
  server.head('/api/messages', async (_req: Request, res: Response) => {
    res.send(200);
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const started = performance.now();
    res.once('finish', () => options.telemetry.turn(activityTypeOf(req.body), performance.now() - started));
    if (!options.accepting()) {
      // Bot Framework redelivers a refused activity; another instance (or this one, restarted) takes it.
      req.resume();
      res.setHeader('retry-after', '5');
      res.send(503, { error: 'shutting down' });
      return;
    }
    try {
      req.body = await readJsonBody(req, limits);
    } catch (error) {
      if (!(error instanceof BodyRefusal)) throw error;
      refuseBody(res, error, log);
      return;
    }
    const refusal = await authenticate(req);
    if (refusal) {
      res.send(refusal, { error: refusal === 401 ? 'unauthorized' : 'authentication unavailable' });
      return;
    }
    const parsed = inboundActivity.safeParse(req.body);
    if (!parsed.success) {
      const issues = describeIssues(parsed.error);
      log.warn({ issues }, 'refused an invalid activity');
      res.send(400, { error: 'invalid activity', issues });
      return;
    }
    try {
      await adapter.process(req, res, run);
    } catch (error) {
      // The adapter already answered what it could (e.g. 401); only log here.
      log.error({ err: error }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });

  options.extraRoutes?.(server);

  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    const logFn = status >= 500 ? log.error.bind(log) : log.warn.bind(log);
    logFn({ status, path: req.path(), error: err.name, reason: err.message.slice(0, 200) }, 'request refused');
    callback();
  });
  return server;
}

/** The activity type a turn was about, for its duration metric ('refused' when no activity was read). */
function activityTypeOf(body: unknown): string {
  const type = (body as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' && (KNOWN_TYPES as readonly string[]).includes(type) ? type : 'refused';
}

function serveMetrics(server: restify.Server, metrics: NonNullable<ServerOptions['metrics']>, log: Logger): void {
  const expected = createHash('sha256').update(`Bearer ${metrics.token}`).digest();
  server.get('/metrics', async (req: Request, res: Response) => {
    const given = createHash('sha256').update(req.header('authorization') ?? '').digest();
    if (!timingSafeEqual(given, expected)) {
      log.warn({ path: '/metrics' }, 'refused a metrics scrape without the right token');
      res.send(401, { error: 'unauthorized' });
      return;
    }
    // The exporter collects, then writes the response itself.
    await new Promise<void>((resolve) => {
      res.once('finish', resolve).once('close', resolve);
      metrics.scrape(req, res);
    });
  });
}

function refuseBody(res: Response, refusal: BodyRefusal, log: Logger): void {
  log.warn({ status: refusal.status, reason: refusal.message }, 'refused a request body');
  // What is left of the body was not read (too much, too slow): the socket closes after the answer.
  if (refusal.closeConnection) res.setHeader('connection', 'close');
  res.send(refusal.status, { error: refusal.message });
}

/**
 * Checks the Bot Framework token before anything reads the activity. The adapter checks it again,
 * but on its own it answers some bad tokens (e.g. a wrong signature, which jsonwebtoken throws as a
 * plain error) with 500; here every refusal is a 401, and only failing to fetch the signing keys,
 * which is not the caller's fault, is a 503. Local mode (no BOT_ID) lets every request in.
 */
function inboundAuthenticator(adapter: TeamsAdapter, log: Logger): (req: Request) => Promise<401 | 503 | undefined> {
  if (!adapter.botFrameworkAuthConfig?.MicrosoftAppId) return async () => undefined; // local mode: nothing to check
  const authentication = new ConfigurationBotFrameworkAuthentication(adapter.botFrameworkAuthConfig ?? {}, adapter.credentialsFactory);
  return async (req) => {
    const activity = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Activity;
    try {
      await authentication.authenticateRequest(activity, req.header('authorization') ?? '');
      return undefined;
    } catch (error) {
      const keysUnavailable = (error instanceof AuthenticationError && error.statusCode >= 500) || (error instanceof Error && error.name === 'FetchError');
      const status = keysUnavailable ? 503 : 401;
      log.warn({ status, reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown' }, 'refused an unauthenticated request');
      return status;
    }
  };
}
