import restify, { type Request, type Response } from 'restify';
import { ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { TeamsAdapter } from '../bot/teams-ai';
import type { Logger } from '../logging/logger';
import { describeIssues, inboundActivity } from './activity-schema';

export interface ServerOptions {
  adapter: TeamsAdapter;
  /** Runs the bot for one turn (the teams-ai Application). */
  run: (context: TurnContext) => Promise<void>;
  log: Logger;
  maxBodyBytes: number;
  /** Readiness: e.g. the store answers. */
  ready: () => Promise<boolean>;
  /** Registers further routes (the support team's tab). */
  extraRoutes?: (server: restify.Server) => void;
}

/** The HTTP face of the bot: POST /api/messages and GET /healthz. */
export function createServer(options: ServerOptions): restify.Server {
  const { adapter, run, log } = options;
  const server = restify.createServer({ name: 'workfront-outlook-support', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes, mapParams: false, rejectUnknown: true }));

  server.get('/healthz', async (_req: Request, res: Response) => {
    const ok = await options.ready().catch(() => false);
    res.send(ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable' });
  });

  const authenticate = inboundAuthenticator(adapter, log);
  // Dev tools (Agents Playground, Teams Toolkit) probe the endpoint with HEAD before posting.
  server.head('/api/messages', async (_req: Request, res: Response) => {
    res.send(200);
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
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
