import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Application, type AdaptiveCard, type TeamsAdapter } from './teams-ai';
import { helpCard } from '../cards';
import { cardMessage, plain } from '../cards/messages';
import { isLang } from '../knowledge';
import { langFromLocale } from '../recognition';
import { ActionRefused, AGENT_VERBS, onAgentAction, type AgentVerb } from './agent-actions';
import { onUserCardAction, USER_VERBS } from './card-actions';
import type { BotDeps } from './deps';
import { onMessage } from './messages';
import { TurnMemory } from './state';
import { turnFacts } from './turn';

/**
 * Wires the bot's handlers into a teams-ai Application. The Application gets no storage: the
 * conversation memory is read by the handlers that use it and written with the turn's own commit
 * (see TurnMemory), one transaction per turn instead of three.
 */
export function createBot(adapter: TeamsAdapter, botAppId: string, deps: BotDeps): Application {
  const app = new Application({
    adapter,
    botAppId,
    removeRecipientMention: true,
    // Answers take milliseconds: a typing indicator would only add a message per turn.
    startTypingTimer: false,
  });

  for (const verb of Object.values(USER_VERBS)) {
    app.adaptiveCards.actionExecute(verb, async (context, _state, data: Record<string, unknown>) => (await userClick(context, deps, verb, data)).text);
    // Older clients post Action.Submit data back as a message with `value.verb`.
    app.adaptiveCards.actionSubmit(verb, async (context, _state, data: Record<string, unknown>) => {
      const answer = await userClick(context, deps, verb, data);
      if (answer.sendOnSubmit) await context.sendActivity(plain(answer.text));
    });
  }
  for (const verb of AGENT_VERBS) {
    app.adaptiveCards.actionExecute(verb, (context, _state, data: Record<string, unknown>) => refusable(context, () => onAgentAction(context, deps, verb as AgentVerb, data)));
  }
  app.activity(ActivityTypes.Message, (context) => remembering(context, deps, (memory) => onMessage(context, memory, deps)));
  app.conversationUpdate('membersAdded', (context) => welcome(context, deps));
  // Last: an invoke no route took (a verb from a stale or forged card, a Teams feature this bot does
  // not offer) is the caller's mistake; without this botbuilder answers 501.
  app.activity(ActivityTypes.Invoke, async (context) => {
    deps.log.warn({ activityId: context.activity.id, name: String(context.activity.name).slice(0, 80) }, 'unsupported invoke');
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error: 'unsupported invoke' } } });
  });
  return app;
}

/**
 * A click on the answer card: counted against the user's message rate, and a click that repeats one
 * just handled gets the first one's answer without acting again.
 */
async function userClick(context: TurnContext, deps: BotDeps, verb: string, data: Record<string, unknown>): Promise<{ text: string; sendOnSubmit: boolean }> {
  const facts = turnFacts(context.activity);
  const limited = deps.rateLimiter.check(facts.userKey);
  if (!limited.allowed) {
    deps.log.warn({ activityId: facts.activityId, userKey: facts.userKey, verb }, 'user rate limited (card action)');
    const lang = (isLang(data.lang) ? data.lang : undefined) ?? langFromLocale(facts.locale) ?? 'en';
    return { text: deps.knowledge.t(lang, 'rate.limited'), sendOnSubmit: limited.notify };
  }
  const click = { userKey: facts.userKey, verb, cardId: context.activity.replyToId, data };
  const { answer, repeated } = await deps.recentClicks.once(click, () =>
    remembering(context, deps, (memory) => onUserCardAction(context, memory, deps, verb, data)));
  if (repeated) deps.log.info({ activityId: facts.activityId, verb }, 'repeated card click answered without acting again');
  // A case's own notice reaches the chat through the outbox; only the thanks needs sending to a Submit client.
  return { text: answer, sendOnSubmit: verb === USER_VERBS.helped };
}

/** Runs a handler with the conversation's memory, and saves what it changed and did not commit itself. */
async function remembering<T>(context: TurnContext, deps: BotDeps, handler: (memory: TurnMemory) => Promise<T>): Promise<T> {
  const memory = await TurnMemory.load(deps.store, context.activity);
  const result = await handler(memory);
  if ((await memory.save()) === 'superseded') deps.log.debug({ activityId: context.activity.id }, 'conversation memory changed by a concurrent turn; its version kept');
  return result;
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
