/**
 * Who the bot is to Bot Framework, and whether it may run without inbound authentication.
 * Pure rules over the environment, used by the configuration schema.
 */

/** The app types botbuilder knows (`MicrosoftAppType`), as Teams Toolkit / Agents Toolkit name them. */
export const BOT_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMsi'] as const;
export type BotType = (typeof BOT_TYPES)[number];

export interface BotCredentials {
  BOT_ID?: string;
  BOT_PASSWORD?: string;
  BOT_TENANT_ID?: string;
  BOT_TYPE?: BotType;
}

/**
 * BOT_TYPE when it is not set. Azure Bot Service creates no new multi-tenant bots since 2025-07-31,
 * so a new bot is a user-assigned managed identity (no secret at all) or a single-tenant app (a
 * secret and its tenant). Without a tenant, a secret can only belong to a bot registered as
 * multi-tenant before that date, which still works. Without BOT_ID there is no identity (local mode).
 */
export function inferBotType(env: BotCredentials): BotType | undefined {
  if (!env.BOT_ID) return undefined; // local mode: no identity at all
  if (env.BOT_TYPE) return env.BOT_TYPE;
  if (!env.BOT_PASSWORD) return 'UserAssignedMsi';
  return env.BOT_TENANT_ID ? 'SingleTenant' : 'MultiTenant';
}

export interface Problem {
  variable: string;
  message: string;
}

/** What the bot's app type needs (botbuilder asserts the same, less readably, when the adapter is built). */
export function credentialProblems(env: BotCredentials): Problem[] {
  const type = inferBotType(env);
  if (!type) return [];
  const problems: Problem[] = [];
  if (type === 'UserAssignedMsi') {
    if (env.BOT_PASSWORD) problems.push({ variable: 'BOT_PASSWORD', message: 'must be empty with BOT_TYPE=UserAssignedMsi (the managed identity has no secret)' });
    if (!env.BOT_TENANT_ID) {
      const why = env.BOT_TYPE ? '' : ' (BOT_ID without BOT_PASSWORD is a managed identity; set BOT_PASSWORD for a bot with a secret)';
      problems.push({ variable: 'BOT_TENANT_ID', message: `is required with BOT_TYPE=UserAssignedMsi${why}` });
    }
    return problems;
  }
  if (!env.BOT_PASSWORD) problems.push({ variable: 'BOT_PASSWORD', message: `is required with BOT_TYPE=${type}` });
  if (type === 'SingleTenant' && !env.BOT_TENANT_ID) problems.push({ variable: 'BOT_TENANT_ID', message: 'is required with BOT_TYPE=SingleTenant' });
  return problems;
}

export interface HostingEnv {
  NODE_ENV?: string;
  /** Set by Azure App Service on every app it runs. */
  WEBSITE_SITE_NAME?: string;
  ALLOW_UNAUTHENTICATED?: '0' | '1';
  BOT_ID?: string;
}

/** Hosted: somewhere other people can reach, where running without inbound authentication is a mistake. */
export function whyHosted(env: HostingEnv): string | undefined {
  if (env.WEBSITE_SITE_NAME) return 'on Azure App Service (WEBSITE_SITE_NAME is set)';
  if (env.NODE_ENV === 'production') return 'when NODE_ENV=production';
  return undefined;
}

/**
 * A hosted bot without BOT_ID would accept activities from anyone: refuse to start, unless the
 * operator asked for exactly that with ALLOW_UNAUTHENTICATED=1 (a trial behind other protection).
 */
export function unauthenticatedProblem(env: HostingEnv): Problem | undefined {
  const hosted = whyHosted(env);
  if (env.BOT_ID || !hosted || env.ALLOW_UNAUTHENTICATED === '1') return undefined;
  return {
    variable: 'BOT_ID',
    message: `is required ${hosted}: without it inbound requests are not authenticated (set ALLOW_UNAUTHENTICATED=1 to run so on purpose)`,
  };
}
