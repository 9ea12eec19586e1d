import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Secrets never reach a log line: anything under these paths is censored,
 * and message text is logged only at debug level by the callers.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'workfront-outlook-support' },
      redact: {
        paths: ['password', '*.password', 'authorization', '*.authorization', 'headers.authorization', 'BOT_PASSWORD', '*.BOT_PASSWORD', 'databaseUrl', 'DATABASE_URL'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
