import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger';

const LOOKUP_TIMEOUT_MS = 1500;

/**
 * Asks Teams for the user's email / UPN, for the agent's case card. Optional: when Teams does not
 * answer in time the case opens without it.
 */
export function createEmailLookup(log: Logger): (context: TurnContext) => Promise<string | undefined> {
  return async (context) => {
    const userId = context.activity.from?.id;
    if (!userId) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), LOOKUP_TIMEOUT_MS);
    });
    try {
      const member = await Promise.race([TeamsInfo.getMember(context, userId), timeout]);
      return member?.userPrincipalName ?? member?.email ?? undefined;
    } catch (error) {
      log.debug({ error: error instanceof Error ? error.message : String(error) }, 'member look-up failed');
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  };
}
