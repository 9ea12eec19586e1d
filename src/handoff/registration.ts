/**
 * Who may make a Teams channel the support desk from Teams ("@bot use this channel for support").
 * The support channel receives every case card (names, emails, what users wrote) and its members may
 * claim cases, so registration is an agent's act, never a stranger's: it takes someone listed in
 * SUPPORT_AGENT_IDS, or a member of the bot's own tenant when BOT_TENANT_ID is set; never anyone from
 * another tenant. With neither setting, registration from Teams is off (SUPPORT_CHANNEL_ID does it).
 * Once there is a desk, only a listed agent can move it; the desk's own members may register it again
 * (which refreshes where the bot reaches it).
 */
export interface RegistrationRequest {
  /** SUPPORT_CHANNEL_ID is set: the configuration decides, not Teams. */
  configuredByEnv: boolean;
  agentIds: readonly string[];
  botTenantId?: string;
  requester: { id: string; aadObjectId?: string };
  /** The requester's tenant, as the activity names it. */
  tenantId: string;
  /** The channel the request is typed in, which is to become the desk (undefined outside a channel). */
  channelId?: string;
  /** The current desk, if any. */
  currentChannelId?: string;
}

export type RegistrationVerdict =
  | { ok: true }
  | { ok: false; reason: 'configured-by-env' | 'registration-off' | 'not-a-channel' | 'other-tenant' | 'not-an-agent' };

export function mayRegisterChannel(request: RegistrationRequest): RegistrationVerdict {
  const { agentIds, botTenantId, requester } = request;
  if (request.configuredByEnv) return { ok: false, reason: 'configured-by-env' };
  if (!agentIds.length && !botTenantId) return { ok: false, reason: 'registration-off' };
  if (!request.channelId) return { ok: false, reason: 'not-a-channel' };
  if (botTenantId && request.tenantId !== botTenantId) return { ok: false, reason: 'other-tenant' };
  const listed = agentIds.some((id) => id === requester.id || id === requester.aadObjectId);
  if (listed) return { ok: true };
  // Not listed: a member of the bot's tenant may set the first desk, or register the current one again.
  const trusted = request.currentChannelId === undefined ? Boolean(botTenantId) : request.channelId === request.currentChannelId;
  return trusted ? { ok: true } : { ok: false, reason: 'not-an-agent' };
}
