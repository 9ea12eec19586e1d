import type { Activity } from 'botbuilder';
import { channelIdOf } from '../handoff/support-channel';
import type { BotDeps } from './deps';

/**
 * Agent rights come from where the action is taken, not from what the card says: the support
 * channel, or a person listed in SUPPORT_AGENT_IDS (Entra object id or Teams user id).
 */
export async function isAgentContext(activity: Activity, deps: Pick<BotDeps, 'channels' | 'supportAgentIds'>): Promise<boolean> {
  const from = activity.from;
  if (from && deps.supportAgentIds.some((id) => id === from.aadObjectId || id === from.id)) return true;
  const channelId = channelIdOf(activity);
  if (!channelId) return false;
  const support = await deps.channels.current();
  return support?.id === channelId;
}
