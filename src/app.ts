import { BotAdapter } from './bot/adapter';
import { CallerIdConstants } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { Config } from './config/config';
import { createBot } from './bot/app';
import { AnswerCardCache } from './cards';
import { createTurnErrorHandler } from './bot/turn-errors';
import { createClock } from './config/clock';
import { createEmailLookup } from './bot/members';
import { RateLimiter } from './bot/rate-limit';
import { RecentClicks } from './bot/repeat-clicks';
import { HandoffService } from './handoff/service';
import { SupportChannels } from './handoff/support-channel';
import { loadKnowledge } from './knowledge';
import { createLogger, type Logger } from './logging/logger';
import { createDeliver } from './outbox/deliver';
import { AdapterMessenger } from './outbox/messenger';
import { OutboxWorker } from './outbox/worker';
import { ReminderScheduler } from './reminders/scheduler';
import { tabRoutes } from './tab';
import { readiness } from './server/readiness';
import { createServer } from './server/server';
import { createStore } from './storage';
import { startTelemetry, type RunningTelemetry } from './telemetry/setup';
import { countingStoreErrors } from './telemetry/store';

const DEDUPE_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Starts the bot: content, telemetry (unless the caller started it first), storage, Bot Framework
 * adapter, outbox, HTTP server.
 */
export async function start(config: Config, log: Logger, running?: RunningTelemetry): Promise<{ stop: () => Promise<void>; port: number }> {
  const clock = createClock(config.BOT_NOW);
  const knowledge = loadKnowledge();
  const observability = running ?? (await startTelemetry(config, log));
  const { telemetry } = observability;
  const store = countingStoreErrors(await createStore({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL }, log), telemetry);
  telemetry.watchOutbox(() => store.outboxStats(), clock);
  let draining = false;
  const adapter = new BotAdapter({
    MicrosoftAppId: config.BOT_ID,
    MicrosoftAppPassword: config.BOT_PASSWORD,
    MicrosoftAppTenantId: config.BOT_TENANT_ID,
    MicrosoftAppType: config.BOT_TYPE, // undefined in local mode: no identity, no authentication
    ...(config.BOT_OPENID_METADATA ? publicCloudWithOpenIdMetadata(config.BOT_OPENID_METADATA) : {}),
  });
  const channels = new SupportChannels(store, config.SUPPORT_CHANNEL_ID);
  const messenger = new AdapterMessenger(adapter, config.BOT_ID ?? '');
  const deliver = createDeliver({ store, messenger, knowledge, channels, supportLang: config.SUPPORT_LANGUAGE, clock });
  const outbox = new OutboxWorker(store, deliver, log.child({ part: 'outbox' }), undefined, { telemetry });
  const handoff = new HandoffService(store, clock, () => outbox.kick(), telemetry);
  const app = createBot(adapter, config.BOT_ID ?? '', {
    knowledge, store, handoff, channels, clock, log,
    answerCards: new AnswerCardCache(knowledge),
    rateLimiter: new RateLimiter(config.RATE_LIMIT_PER_MINUTE),
    recentClicks: new RecentClicks(),
    supportAgentIds: config.SUPPORT_AGENT_IDS,
    botTenantId: config.BOT_TENANT_ID,
    supportLang: config.SUPPORT_LANGUAGE,
    lookupEmail: createEmailLookup(log),
    telemetry,
  });
  adapter.onTurnError = createTurnErrorHandler(knowledge, log);
  const server = createServer({
    adapter, log,
    run: async (context) => {
      await app.run(context);
    },
    maxBodyBytes: config.MAX_BODY_KB * 1024,
    bodyTimeoutMs: config.BODY_TIMEOUT_MS,
    ready: () => readiness(store, draining),
    accepting: () => !draining,
    telemetry,
    ...(observability.scrape && config.METRICS_TOKEN ? { metrics: { token: config.METRICS_TOKEN, scrape: observability.scrape } } : {}),
    extraRoutes: tabRoutes({ config, adapter, store, handoff, knowledge, channels, clock, log: log.child({ part: 'tab' }) }),
  });
  const remindAfterMs = config.SUPPORT_REMIND_AFTER_MINUTES * 60_000;
  const reminders = remindAfterMs > 0 ? new ReminderScheduler(store, clock, log.child({ part: 'reminders' }), { afterMs: remindAfterMs, onCommitted: () => outbox.kick() }) : undefined;
  await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
  outbox.start();
  outbox.kick(); // deliver whatever a previous run left pending
  reminders?.start();
  const prune = setInterval(() => void store.pruneProcessed(new Date(Date.now() - DEDUPE_RETENTION_MS)).catch(() => undefined), 3_600_000);
  prune.unref();
  log.info({ port: config.PORT, localMode: config.localMode, botType: config.BOT_TYPE, storage: config.DATABASE_URL ? 'postgres' : 'sqlite', supportChannel: Boolean(config.SUPPORT_CHANNEL_ID), now: config.BOT_NOW?.toISOString() }, 'bot started');
  if (config.localMode) {
    const why = config.hosted ? `ALLOW_UNAUTHENTICATED=1 ${config.hosted}` : 'local mode';
    log.warn(`BOT_ID is not set (${why}): inbound requests are not authenticated`);
  }

  return {
    port: (server.address() as { port: number }).port,
    // Graceful stop: refuse new activities, let the turns in flight finish (server.close waits for
    // their responses), let the outbox finish the sends in flight (none is left half-recorded), close the store.
    stop: async () => {
      draining = true;
      clearInterval(prune);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await reminders?.stop();
      await outbox.stop();
      await store.close();
      await observability.shutdown();
    },
  };
}

/**
 * botbuilder treats a bot as a custom cloud as soon as one endpoint is overridden, and then takes
 * every other endpoint from the configuration: without them the token issuer check compares against
 * `undefined` (every token refused) and outgoing sign-in has no login URL. So give the public cloud's.
 */
function publicCloudWithOpenIdMetadata(url: string): Record<string, string | boolean> {
  return {
    ToBotFromChannelOpenIdMetadataUrl: url,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
}
