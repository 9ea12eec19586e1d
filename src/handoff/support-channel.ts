import { z } from 'zod';
import type { AuditEvent, CommitResult, Store } from '../storage/types';

/** The agents' Teams channel, as the bot needs it to post there. */
export interface SupportChannel {
  id: string;
  /** Known when an agent registered the channel from Teams; else the user's (same tenant) is used. */
  serviceUrl?: string;
  tenantId?: string;
  source: 'env' | 'registered';
}

const SETTING_KEY = 'support-channel';
const storedChannel = z.object({ id: z.string().min(1), serviceUrl: z.string().optional(), tenantId: z.string().optional() });

/** Who registered a channel from Teams, for the audit trail. */
export interface Registration {
  actor: AuditEvent['actor'];
  at: string;
  /** The request's activity id. */
  dedupeKey: string;
}

/** Where agents work: SUPPORT_CHANNEL_ID when set (it wins), else the channel registered from Teams. */
export class SupportChannels {
  constructor(
    private readonly store: Store,
    private readonly configuredId: string | undefined,
  ) {}

  async current(): Promise<SupportChannel | undefined> {
    const registered = await this.registered();
    if (this.configuredId) {
      // Keep the registered serviceUrl when it is for the same channel.
      return { ...(registered?.id === this.configuredId ? registered : {}), id: this.configuredId, source: 'env' };
    }
    return registered;
  }

  /** Records the channel and who registered it, in one commit (a redelivered request registers nothing twice). */
  async register(channel: Omit<SupportChannel, 'source'>, by: Registration): Promise<CommitResult> {
    return this.store.commit({
      dedupeKey: `register-channel:${by.dedupeKey}`,
      settings: { [SETTING_KEY]: JSON.stringify(channel) },
      audit: [{ at: by.at, type: 'support-channel-registered', actor: by.actor, detail: channel.id }],
    });
  }

  get configuredByEnv(): boolean {
    return Boolean(this.configuredId);
  }

  private async registered(): Promise<SupportChannel | undefined> {
    const raw = await this.store.getSetting(SETTING_KEY);
    if (!raw) return undefined;
    const parsed = storedChannel.safeParse(JSON.parse(raw));
    return parsed.success ? { ...parsed.data, source: 'registered' } : undefined;
  }
}

/**
 * The channel a Teams activity comes from. A channel thread's conversation id is
 * "<channel id>;messageid=<root post>", and channelData.channel.id is the bare channel id.
 */
export function channelIdOf(activity: { conversation?: { id?: string }; channelData?: unknown }): string | undefined {
  const data = activity.channelData as { channel?: { id?: unknown } } | undefined;
  if (typeof data?.channel?.id === 'string') return data.channel.id;
  const conversationId = activity.conversation?.id;
  return conversationId?.includes(';messageid=') ? conversationId.split(';')[0] : undefined;
}
