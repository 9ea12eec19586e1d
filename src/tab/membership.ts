import { TeamsInfo, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { SupportChannels } from '../handoff/support-channel';
import type { Logger } from '../logging/logger';

/** true / false, or undefined when Teams could not be asked (the caller refuses with 503, not 403). */
export type IsTeamMember = (objectId: string) => Promise<boolean | undefined>;

export interface MembershipOptions {
  adapter: CloudAdapter;
  botAppId: string;
  channels: SupportChannels;
  log: Logger;
  /** How long an answer is trusted (default 10 minutes). */
  ttlMs?: number;
  clock?: () => number;
}

/** Teams' public service URL, for a support channel set by SUPPORT_CHANNEL_ID (its own is known once registered from Teams). */
const TEAMS_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';
const MAX_CACHED = 1_000;
/** Past this, the look-up counts as failed: the tab answers 503 rather than keep the agent waiting. */
const LOOKUP_TIMEOUT_MS = 3_000;

/**
 * Whether a person (Entra object id) is a member of the support channel's team, asked of Teams
 * through the bot (the connector's conversation member look-up: 404 means not a member) and cached,
 * so opening the tab does not cost a round trip to Teams each time.
 */
export function createTeamMembership(options: MembershipOptions): IsTeamMember {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const now = options.clock ?? Date.now;
  const cache = new Map<string, { member: boolean; until: number }>();
  return async (objectId) => {
    const cached = cache.get(objectId);
    if (cached && cached.until > now()) return cached.member;
    const channel = await options.channels.current();
    if (!channel) return false; // no support channel, no team: only SUPPORT_AGENT_IDS are agents
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), LOOKUP_TIMEOUT_MS);
    });
    const asked = askTeams(options, channel.id, channel.serviceUrl ?? TEAMS_SERVICE_URL, channel.tenantId, objectId);
    const member = await Promise.race([asked, timeout]).finally(() => clearTimeout(timer));
    if (member === undefined) return undefined;
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(objectId, { member, until: now() + ttlMs });
    return member;
  };
}

async function askTeams(options: MembershipOptions, channelId: string, serviceUrl: string, tenantId: string | undefined, objectId: string): Promise<boolean | undefined> {
  const reference = {
    channelId: 'msteams',
    serviceUrl,
    conversation: { id: channelId, isGroup: true, conversationType: 'channel', ...(tenantId ? { tenantId } : {}) },
  } as unknown as Partial<ConversationReference>;
  let answer: boolean | undefined;
  const failed = (error: unknown): void => {
    const status = (error as { statusCode?: unknown }).statusCode;
    if (status === 404) answer = false;
    else options.log.warn({ status, error: error instanceof Error ? error.message.slice(0, 200) : String(error) }, 'team membership look-up failed');
  };
  try {
    await options.adapter.continueConversationAsync(options.botAppId, reference, async (context) => {
      // Thrown from here, an error would reach the adapter's onTurnError, which swallows it.
      try {
        await TeamsInfo.getMember(context, objectId);
        answer = true;
      } catch (error) {
        failed(error);
      }
    });
  } catch (error) {
    failed(error); // e.g. the bot's own token could not be obtained
  }
  return answer;
}
