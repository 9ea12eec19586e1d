import { BotAdapter } from './bot/adapter';
import { CallerIdConstants } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { loadConfig, ConfigError, type Config } from './config/config';
import { createBot } from './bot/app';
import { AnswerCardCache } from './cards';
import { createTurnErrorHandler } from './bot/turn-errors';
import { createClock } from './config/clock';
import { limitHeapGrowth } from './config/heap';
import { createEmailLookup } from './bot/members';
import { RateLimiter } from './bot/rate-limit';
import { HandoffService } from './handoff/service';
import { SupportChannels } from './handoff/support-channel';
import { loadKnowledge } from './knowledge';
import { createLogger, type Logger } from './logging/logger';
import { createDeliver } from './outbox/deliver';
import { AdapterMessenger } from './outbox/messenger';
import { OutboxWorker } from './outbox/worker';
import { ReminderScheduler } from './reminders/scheduler';
import { tabRoutes } from './tab';
import { createServer } from './server/server';
import { createStore } from './storage';

const DEDUPE_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** Starts the bot: configuration, content, storage, Bot Framework adapter, outbox, HTTP server. */
export async function start(config: Config, log: Logger): Promise<{ stop: () => Promise<void>; port: number }> {
  const clock = createClock(config.BOT_NOW);
  const knowledge = loadKnowledge();
  const store = await createStore({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL }, log);
  const adapter = new BotAdapter({
    MicrosoftAppId: config.BOT_ID,
    MicrosoftAppPassword: config.BOT_PASSWORD,
    MicrosoftAppTenantId: config.BOT_TENANT_ID,
    MicrosoftAppType: config.BOT_TYPE,
    ...(config.BOT_OPENID_METADATA ? publicCloudWithOpenIdMetadata(config.BOT_OPENID_METADATA) : {}),
  });
  const channels = new SupportChannels(store, config.SUPPORT_CHANNEL_ID);
  const messenger = new AdapterMessenger(adapter, config.BOT_ID ?? '');
  const deliver = createDeliver({ store, messenger, knowledge, channels, supportLang: config.SUPPORT_LANGUAGE, clock });
  const outbox = new OutboxWorker(store, deliver, log.child({ part: 'outbox' }));
  const handoff = new HandoffService(store, clock, () => outbox.kick());
  const app = createBot(adapter, config.BOT_ID ?? '', {
    knowledge, store, handoff, channels, clock, log,
    answerCards: new AnswerCardCache(knowledge),
    rateLimiter: new RateLimiter(config.RATE_LIMIT_PER_MINUTE),
    supportAgentIds: config.SUPPORT_AGENT_IDS,
    supportLang: config.SUPPORT_LANGUAGE,
    lookupEmail: createEmailLookup(log),
  });
  adapter.onTurnError = createTurnErrorHandler(knowledge, log);
  const server = createServer({
    adapter, log,
    run: async (context) => {
      await app.run(context);
    },
    maxBodyBytes: config.MAX_BODY_KB * 1024,
    ready: async () => (await store.pendingOutboxCount()) >= 0,
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
  log.info({ port: config.PORT, localMode: config.localMode, storage: config.DATABASE_URL ? 'postgres' : 'sqlite', supportChannel: Boolean(config.SUPPORT_CHANNEL_ID), now: config.BOT_NOW?.toISOString() }, 'bot started');
  if (config.localMode) log.warn('BOT_ID is not set: local mode, inbound requests are not authenticated');

  return {
    port: (server.address() as { port: number }).port,
    stop: async () => {
      clearInterval(prune);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await reminders?.stop();
      await outbox.stop();
      await store.close();
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

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  limitHeapGrowth(config.HEAP_GROWTH_PERCENT);
  const log = createLogger(config.LOG_LEVEL);
  const bot = await start(config, log).catch((error: unknown) => {
    log.fatal({ err: error }, 'bot could not start');
    process.exit(1);
  });
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

if (require.main === module) void main();
