import type { Activity } from 'botbuilder';
import { channelIdOf, type SupportChannels } from '../handoff/support-channel';
import { isActive } from '../handoff/transitions';
import type { Case } from '../handoff/types';
import type { Store } from '../storage/types';

/**
 * The case whose card a support channel thread hangs from, when the activity is a message in such a
 * thread: conversation "<support channel>;messageid=<case card id>". Anything else (another channel,
 * another thread, a personal chat) is no case thread, so nothing from there is ever relayed.
 */
export async function caseOfThread(activity: Activity, deps: { channels: SupportChannels; store: Pick<Store, 'getCaseByCard'> }): Promise<Case | undefined> {
  const root = /;messageid=(.+)$/.exec(activity.conversation.id)?.[1];
  if (!root || activity.conversation.conversationType !== 'channel') return undefined;
  const support = await deps.channels.current();
  if (!support || channelIdOf(activity) !== support.id) return undefined;
  const found = await deps.store.getCaseByCard(root);
  // A card posted in another channel (the desk moved since) has a thread that is no longer the desk's.
  return found?.card?.conversationId === support.id ? found : undefined;
}

export function threadState(c: Case | undefined): 'open' | 'closed' | undefined {
  if (!c) return undefined;
  return isActive(c.state) ? 'open' : 'closed';
}
