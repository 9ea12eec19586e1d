import type { TurnContext } from 'botbuilder';
import type { Knowledge } from '../knowledge';
import type { Logger } from '../logging/logger';
import { langFromLocale } from '../recognition';
import { StorageError } from '../storage';
import { ETagConflictError } from '../storage/types';

/**
 * What happens when a turn throws. A conversation-state write that lost a race with a concurrent
 * turn of the same conversation is harmless: the replies are out and the cases committed. A storage
 * outage is rethrown so the adapter answers 500 and the channel redelivers the activity later
 * (nothing was committed, so nothing is lost). Anything else: log it and apologise to the user.
 */
export function createTurnErrorHandler(knowledge: Knowledge, log: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const activity = context.activity;
    if (error instanceof ETagConflictError) {
      log.warn({ activityId: activity.id, key: error.key }, 'conversation state changed by a concurrent turn; this turn\'s state change was dropped');
      return;
    }
    log.error({ err: error, activityId: activity.id, type: activity.type }, 'turn failed');
    if (error instanceof StorageError) throw error;
    if (activity.type === 'message') {
      const lang = langFromLocale(activity.locale) ?? 'en';
      await context.sendActivity(knowledge.t(lang, 'error.generic')).catch(() => undefined);
    }
  };
}
