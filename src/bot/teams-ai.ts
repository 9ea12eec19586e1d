/**
 * The parts of teams-ai this bot uses, imported from their own modules: the package's index also loads
 * its AI stack (planners, models, tokenizers, OpenAI client), about 27 MB of heap this bot never runs.
 */
import type { TurnContext } from 'botbuilder';
import { Application as TeamsAiApplication } from '@microsoft/teams-ai/lib/Application';
import type { TurnState } from '@microsoft/teams-ai/lib/TurnState';

export { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
export type { AdaptiveCard } from '@microsoft/teams-ai/lib/AdaptiveCards';

/**
 * teams-ai's Application with its `startTypingTimer` option honoured. Version 1.7 starts the typing
 * timer on every message whatever the option says, and keeps one timer for the whole app, shared by
 * all the turns in flight (later Microsoft SDKs moved it into the turn). Each message then paid for a
 * timer and a send hook, and a turn slower than a second could send "typing" on another's behalf.
 */
export class Application<TState extends TurnState = TurnState> extends TeamsAiApplication<TState> {
  override startTypingTimer(context: TurnContext): void {
    if (this.options.startTypingTimer) super.startTypingTimer(context);
  }
}
