import type restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { Config } from '../config/config';
import type { SupportChannels } from '../handoff/support-channel';
import { createAuthorizer } from './auth';
import { createTeamMembership } from './membership';
import { registerTabRoutes, type TabDeps } from './routes';
import { SsoValidator, defaultMetadataUrl } from './sso';
import { DEFAULT_WEB_DIR } from './static';

export interface TabSetup extends Omit<TabDeps, 'authorize' | 'webDir' | 'remindAfterMs' | 'bodyLimits' | 'supportLang'> {
  config: Config;
  adapter: CloudAdapter;
  channels: SupportChannels;
}

/** The support team's tab, configured from the environment: returns what registers its routes on the server. */
export function tabRoutes(setup: TabSetup): (server: restify.Server) => void {
  const { config, log } = setup;
  const audiences = [config.TAB_SSO_CLIENT_ID, config.TAB_SSO_APP_ID_URI].filter((a): a is string => Boolean(a));
  const tenantId = config.BOT_TENANT_ID;
  const sso = audiences.length && tenantId
    ? new SsoValidator({ metadataUrl: config.TAB_SSO_OPENID_METADATA ?? defaultMetadataUrl(tenantId), audiences, tenantId })
    : undefined;
  if (!config.localMode && !sso) log.warn('the support tab answers 503: set TAB_SSO_CLIENT_ID (or TAB_SSO_APP_ID_URI) and BOT_TENANT_ID');
  const authorize = createAuthorizer({
    localMode: config.localMode,
    sso,
    agentIds: config.SUPPORT_AGENT_IDS,
    isTeamMember: createTeamMembership({ adapter: setup.adapter, botAppId: config.BOT_ID ?? '', channels: setup.channels, log }),
    log,
  });
  return (server) =>
    registerTabRoutes(server, {
      ...setup,
      authorize,
      webDir: DEFAULT_WEB_DIR,
      supportLang: config.SUPPORT_LANGUAGE,
      remindAfterMs: config.SUPPORT_REMIND_AFTER_MINUTES * 60_000,
      bodyLimits: { maxBytes: config.MAX_BODY_KB * 1024, timeoutMs: config.BODY_TIMEOUT_MS, maxDepth: 16 },
    });
}
