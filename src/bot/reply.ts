import type { TurnContext } from 'botbuilder';
import type { Interaction } from '../storage/types';
import type { TurnMemory } from './state';
import type { TurnFacts } from './turn';

/**
 * Replies unless this activity was already handled (Teams redelivers; so may another instance). The
 * dedupe record, the conversation memory and the interaction log (the support team's figures) are written
 * in one transaction, before the reply.
 */
export async function replyOnce(
  context: TurnContext,
  memory: TurnMemory,
  facts: TurnFacts,
  activity: Parameters<TurnContext['sendActivity']>[0],
  interactions?: Interaction[],
): Promise<void> {
  const result = await memory.commitHandled(facts.activityId, interactions);
  if (result.ok) await context.sendActivity(activity);
}
