/**
 * The process: configuration, then telemetry, then the bot. Telemetry starts before the bot's modules
 * load, so that OpenTelemetry's HTTP and PostgreSQL instrumentation sees the modules it patches.
 */
import { loadConfig, ConfigError, type Config } from './config/config';
import { limitHeapGrowth } from './config/heap';
import { createLogger } from './logging/logger';
import { startTelemetry } from './telemetry/setup';

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
  const observability = await startTelemetry(config, log);
  const { start } = await import('./app.js');
  const bot = await start(config, log, observability).catch((error: unknown) => {
    log.fatal({ err: error }, 'bot could not start');
    process.exit(1);
  });
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutting down');
    // Within the platform's grace period: what is not finished by then is redelivered or re-leased later.
    const deadline = setTimeout(() => {
      log.error({ timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutdown did not finish in time; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    bot.stop().then(
      () => {
        clearTimeout(deadline);
        log.info('stopped');
        process.exit(0);
      },
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
