import type { TurnContext } from 'botbuilder';
import type { TurnMemory } from './state';
import type { TurnFacts } from './turn';

/**
 * Replies unless this activity was already handled (Teams redelivers; so may another instance). The
 * dedupe record and the conversation memory are written in one transaction, before the reply.
 */
export async function replyOnce(context: TurnContext, memory: TurnMemory, facts: TurnFacts, activity: Parameters<TurnContext['sendActivity']>[0]): Promise<void> {
  const result = await memory.commitHandled(facts.activityId);
  if (result.ok) await context.sendActivity(activity);
}
