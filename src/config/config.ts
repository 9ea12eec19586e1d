import path from 'node:path';
import { z } from 'zod';
import { LANGS } from '../knowledge/types';
import { BOT_TYPES, credentialProblems, inferBotType, unauthenticatedProblem, whyHosted, type BotType } from './bot-auth';

const optionalText = z.string().trim().optional();

const idList = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean));

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978), // 0: any free port (tests)
    BOT_ID: optionalText,
    BOT_PASSWORD: optionalText,
    BOT_TENANT_ID: optionalText,
    /** Unset: inferred from the credentials given (see bot-auth.ts). */
    BOT_TYPE: z.enum(BOT_TYPES).optional(),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: 'must start with postgres:// or postgresql://',
    }),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BOT_NOW: optionalText.refine((v) => v === undefined || !Number.isNaN(Date.parse(v)), {
      message: 'must be an ISO date-time, e.g. 2025-08-15T10:00:00Z',
    }),
    SUPPORT_CHANNEL_ID: optionalText,
    SUPPORT_AGENT_IDS: idList,
    SUPPORT_LANGUAGE: z.enum(LANGS).default('en'),
    MAX_BODY_KB: z.coerce.number().int().min(16).max(4096).default(256),
    /** On SIGTERM, how long in-flight turns and deliveries get before the process exits anyway (under the platform's grace period). */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(20_000),
    /** A request body not received in full within this time is refused (408) and its socket closed. */
    BODY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    /** How far V8 lets the heap grow past the live data before collecting it again (0: V8's own choice). */
    HEAP_GROWTH_PERCENT: z.coerce.number().int().min(0).max(1000).default(50),
    /** Traces and metrics go to Azure Monitor (Application Insights) when set. */
    APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
    /** Otherwise, GET /metrics serves Prometheus metrics to a scraper sending this bearer token. */
    METRICS_TOKEN: optionalText.refine((v) => v === undefined || v.length >= 16, { message: 'must be at least 16 characters' }),
    /** Where Bot Framework publishes its signing keys; overridable for offline tests. */
    BOT_OPENID_METADATA: optionalText,
    /** Set by Azure App Service: the bot is hosted, and local mode is refused. */
    WEBSITE_SITE_NAME: optionalText,
    /** `1`: a hosted bot may run without BOT_ID (no inbound authentication), on purpose. */
    ALLOW_UNAUTHENTICATED: z.enum(['0', '1']).default('0'),
    // The support team's tab (src/tab): Teams SSO audiences, signing keys, and case reminders.
    /** Entra app (client) id the tab's SSO tokens are issued for. */
    TAB_SSO_CLIENT_ID: optionalText,
    /** Its Application ID URI, e.g. api://bot.example.net/<client id>; also an accepted audience. */
    TAB_SSO_APP_ID_URI: optionalText,
    /** Where Entra publishes the keys of those tokens (default: the v2 OpenID metadata of BOT_TENANT_ID); overridable for offline tests. */
    TAB_SSO_OPENID_METADATA: optionalText,
    /** Minutes a case may wait unclaimed before a reminder in its thread (then again, three at most); 0: no reminders. */
    SUPPORT_REMIND_AFTER_MINUTES: z.coerce.number().min(0).max(7 * 24 * 60).default(30),
  })
  .superRefine((env, ctx) => {
    for (const problem of [unauthenticatedProblem(env), ...credentialProblems(env)]) {
      if (problem) ctx.addIssue({ code: 'custom', path: [problem.variable], message: problem.message });
    }
  });

export type Env = z.infer<typeof schema>;

export interface Config extends Omit<Env, 'DATA_DIR' | 'BOT_NOW' | 'BOT_TYPE'> {
  DATA_DIR: string;
  BOT_NOW?: Date;
  /** As given, or inferred from the credentials; none in local mode. */
  BOT_TYPE?: BotType;
  /** No BOT_ID: no inbound authentication, as with the Agents Playground or the Emulator. */
  localMode: boolean;
  /** Why the bot counts as hosted (App Service, NODE_ENV=production), if it does. */
  hosted?: string;
}

/** Every variable the configuration reads (the infrastructure's app settings are checked against it). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.innerType().shape);

/** Raised with one line per bad variable, so an operator can fix them all at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const { DATA_DIR, BOT_NOW, ...rest } = parsed.data;
  return {
    ...rest,
    DATA_DIR: path.resolve(DATA_DIR),
    BOT_NOW: BOT_NOW ? new Date(BOT_NOW) : undefined,
    BOT_TYPE: inferBotType(rest),
    localMode: !rest.BOT_ID,
    hosted: whyHosted(rest),
  };
}

/**
 * Teams Toolkit env files and App Service settings leave optional variables empty: an empty value
 * means "not set", so the variable takes its default.
 */
function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== ''));
}
