import { ActivityTypes, type Storage, type TurnContext } from 'botbuilder';
import { Application, TurnState, type AdaptiveCard, type TeamsAdapter } from '@microsoft/teams-ai';
import { helpCard } from '../cards';
import { cardMessage, plain } from '../cards/messages';
import { langFromLocale } from '../recognition';
import { ActionRefused, AGENT_VERBS, onAgentAction, type AgentVerb } from './agent-actions';
import { onUserCardAction, USER_VERBS } from './card-actions';
import type { BotDeps } from './deps';
import { onMessage } from './messages';
import type { AppState, ConversationMemory } from './state';

/** Wires the bot's handlers into a teams-ai Application. */
export function createBot(adapter: TeamsAdapter, storage: Storage, botAppId: string, deps: BotDeps): Application<AppState> {
  const app = new Application<AppState>({
    adapter,
    botAppId,
    storage,
    removeRecipientMention: true,
    // Answers take milliseconds: a typing indicator would only add a message per turn.
    startTypingTimer: false,
    turnStateFactory: () => new TurnState<ConversationMemory>(),
  });

  for (const verb of Object.values(USER_VERBS)) {
    app.adaptiveCards.actionExecute(verb, (context, state, data: Record<string, unknown>) => onUserCardAction(context, state, deps, verb, data));
    // Older clients post Action.Submit data back as a message with `value.verb`.
    app.adaptiveCards.actionSubmit(verb, async (context, state, data: Record<string, unknown>) => {
      const ack = await onUserCardAction(context, state, deps, verb, data);
      // A case's own notice reaches the chat through the outbox; only the thanks needs sending here.
      if (verb === USER_VERBS.helped) await context.sendActivity(plain(ack));
    });
  }
  for (const verb of AGENT_VERBS) {
    app.adaptiveCards.actionExecute(verb, (context, _state, data: Record<string, unknown>) => refusable(context, () => onAgentAction(context, deps, verb as AgentVerb, data)));
  }
  app.activity(ActivityTypes.Message, (context, state) => onMessage(context, state, deps));
  app.conversationUpdate('membersAdded', (context) => welcome(context, deps));
  // Last: an invoke no route took (a verb from a stale or forged card, a Teams feature this bot does
  // not offer) is the caller's mistake; without this botbuilder answers 501.
  app.activity(ActivityTypes.Invoke, async (context) => {
    deps.log.warn({ activityId: context.activity.id, name: String(context.activity.name).slice(0, 80) }, 'unsupported invoke');
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error: 'unsupported invoke' } } });
  });
  return app;
}

/** When a user installs the bot in personal scope, it introduces itself with the help card. */
async function welcome(context: TurnContext, deps: BotDeps): Promise<void> {
  const { activity } = context;
  const botAdded = activity.membersAdded?.some((m) => m.id === activity.recipient.id);
  if (!botAdded || activity.conversation.conversationType !== 'personal') return;
  await context.sendActivity(cardMessage(helpCard(deps.knowledge, langFromLocale(activity.locale) ?? 'en')));
}

/** Turns a refusal into the Universal Actions error response the Teams client shows on the card. */
async function refusable(context: TurnContext, handler: () => Promise<AdaptiveCard>): Promise<AdaptiveCard | string> {
  try {
    return await handler();
  } catch (error) {
    if (!(error instanceof ActionRefused)) throw error;
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 200, body: { statusCode: error.statusCode, type: 'application/vnd.microsoft.error', value: { code: String(error.statusCode), message: error.message } } },
    });
    return error.message;
  }
}
