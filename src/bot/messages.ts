import { trace } from '@opentelemetry/api';
import type { TurnContext } from 'botbuilder';
import { helpCard } from '../cards';
import { cardMessage, plain } from '../cards/messages';
import { readInContext } from '../conversation';
import type { Case } from '../handoff/types';
import type { Lang } from '../knowledge';
import { chooseLanguage, recognize, type Recognition } from '../recognition';
import { isAgentContext } from './agents';
import { acknowledge, answer, followUp } from './answers';
import { caseOfThread, threadState } from './case-thread';
import { addToCase, cancel, openCase, relayToUser } from './case-turns';
import { casesText, registerChannel, statusText } from './commands';
import { decide, type Decision, type DecisionInput } from './decide';
import type { BotDeps } from './deps';
import { replyOnce } from './reply';
import { recentlyOnTopic, type ConversationMemory, type TurnMemory } from './state';
import { turnFacts, type TurnFacts, type TurnInput } from './turn';

/** Handles one user message: recognize, decide, act, reply. */
export async function onMessage(context: TurnContext, turnMemory: TurnMemory, deps: BotDeps): Promise<void> {
  const facts = turnFacts(context.activity);
  const threadCase = facts.conversationType === 'channel' ? await caseOfThread(context.activity, deps) : undefined;
  // Channel chatter the bot receives without being mentioned (resource-specific consent) is none of its business.
  if (facts.conversationType !== 'personal' && !facts.mentioned && !threadCase) return;
  const limited = deps.rateLimiter.check(facts.userKey);
  const memory = turnMemory.value;
  const lang = languageOf(facts, memory.lang);
  if (!limited.allowed) {
    deps.log.warn({ activityId: facts.activityId, userKey: facts.userKey }, 'user rate limited');
    if (limited.notify) await context.sendActivity(plain(deps.knowledge.t(lang.lang, 'rate.limited')));
    return;
  }
  if (await deps.store.wasProcessed(facts.activityId)) {
    deps.log.info({ activityId: facts.activityId }, 'duplicate delivery ignored');
    return;
  }
  const recognition = recognize(facts.text);
  const now = deps.clock();
  const fromAgent = facts.conversationType !== 'personal' || recognition.command ? await isAgentContext(context.activity, deps) : false;
  const openCase = await openCaseOf(facts, memory, deps);
  const inContext = recentlyOnTopic(memory, now);
  const input: DecisionInput = {
    recognition,
    phase: deps.knowledge.phaseAt(now),
    conversationType: facts.conversationType,
    mentioned: facts.mentioned,
    recentlyOnTopic: inContext,
    fromAgent,
    openCase: openCase !== undefined,
    caseThread: threadState(threadCase),
    reading: mayMatter(recognition, inContext, openCase ?? threadCase) ? readInContext(facts.text) : undefined,
  };
  const decision = decide(input);
  deps.log.info(
    { activityId: facts.activityId, decision: decision.kind, signals: recognition.signals, lang: lang.lang, langSource: lang.source, conversationType: facts.conversationType },
    'message handled',
  );
  deps.log.debug({ activityId: facts.activityId, text: facts.text }, 'message text');
  deps.telemetry.message(decision.kind, lang.lang, facts.conversationType);
  trace.getActiveSpan()?.setAttributes({ 'wfsupport.decision': decision.kind, 'wfsupport.lang': lang.lang });
  if (lang.source === 'text') memory.lang = lang.lang;
  await act(context, turnMemory, deps, { facts, input, decision, lang: lang.lang, now, signals: recognition.signals, case: openCase ?? threadCase });
}

/**
 * Whether how the message reads after an answer could change what the bot does: in the context of an
 * answer, or for a message about nothing the bot knows (which may be a thank-you). Never for commands,
 * nor where the message goes to a case anyway.
 */
function mayMatter(recognition: Recognition, inContext: boolean, someCase: Case | undefined): boolean {
  if (recognition.command || someCase) return false;
  return inContext || recognition.topic === 'none';
}

/**
 * The user's open case, if they may have one: only a conversation that opened a case looks it up (one
 * indexed read), and forgets it once the case is closed, so every other message costs nothing here.
 */
async function openCaseOf(facts: TurnFacts, memory: ConversationMemory, deps: BotDeps): Promise<Case | undefined> {
  if (!memory.caseId || facts.conversationType !== 'personal') return undefined;
  const open = await deps.store.findActiveCase(facts.userKey);
  if (!open) delete memory.caseId;
  return open;
}

interface Turn extends TurnInput {
  input: DecisionInput;
  decision: Decision;
  /** The user's open case (add-to-case), or the case of the thread an agent wrote in (relay-to-user, case-closed). */
  case?: Case;
}

async function act(context: TurnContext, memory: TurnMemory, deps: BotDeps, turn: Turn): Promise<void> {
  const { decision, lang, facts } = turn;
  const t = (key: string, vars?: Record<string, string>) => deps.knowledge.t(lang, key, vars);
  switch (decision.kind) {
    case 'ignore':
      return;
    case 'open-case':
      // Typed "it didn't help" is the Still not working button in words: recorded the same way.
      if (decision.reason === 'not-helped') await recordNotHelped(deps, turn);
      await openCase(context, memory, deps, turn, decision.reason, decision.phase);
      return;
    case 'answer':
      return answer(context, memory, deps, turn, decision.phase);
    case 'follow-up':
      return followUp(context, memory, deps, turn, decision.topic, decision.phase);
    case 'ack':
      return acknowledge(context, memory, deps, turn);
    case 'help':
      return replyOnce(context, memory, facts, cardMessage(helpCard(deps.knowledge, lang)));
    case 'none':
      return replyOnce(context, memory, facts, plain(t('none.reply')));
    case 'status':
      return replyOnce(context, memory, facts, plain(await statusText(deps, facts.userKey, lang, turn.now)));
    case 'cases':
      return replyOnce(context, memory, facts, plain(await casesText(deps, turn.now)));
    case 'cancel':
      return cancel(context, memory, deps, turn);
    case 'register-channel':
      return registerChannel(context, memory, deps, facts, lang);
    case 'add-to-case':
      if (turn.case && !(await addToCase(memory, deps, turn, turn.case))) return actAfresh(context, memory, deps, turn);
      return;
    case 'relay-to-user':
      return turn.case && relayToUser(deps, turn, turn.case);
    case 'case-closed':
      return replyOnce(context, memory, facts, plain(deps.knowledge.t(deps.supportLang, 'thread.caseClosed', { ref: turn.case?.ref ?? '' })));
  }
}

/** The user's case closed while their message was on its way: the message is read as if there were none. */
function actAfresh(context: TurnContext, memory: TurnMemory, deps: BotDeps, turn: Turn): Promise<void> {
  const input = { ...turn.input, openCase: false, reading: turn.input.reading ?? readInContext(turn.facts.text) };
  return act(context, memory, deps, { ...turn, input, case: undefined, decision: decide(input) });
}

async function recordNotHelped(deps: BotDeps, { facts, lang, now }: TurnInput): Promise<void> {
  const phase = deps.knowledge.phaseAt(now);
  await deps.store.recordFeedback({ id: facts.activityId, at: now.toISOString(), userKey: facts.userKey, lang, phase, helped: false });
}

function languageOf(facts: TurnFacts, remembered: Lang | undefined): { lang: Lang; source: 'text' | 'memory' | 'locale' | 'default' } {
  const choice = chooseLanguage(facts.text, facts.locale);
  if (choice.source === 'text' || !remembered) return choice;
  return { lang: remembered, source: 'memory' };
}
