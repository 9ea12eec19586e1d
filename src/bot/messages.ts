import { trace } from '@opentelemetry/api';
import type { TurnContext } from 'botbuilder';
import { helpCard } from '../cards';
import { mayRegisterChannel } from '../handoff/registration';
import { channelIdOf } from '../handoff/support-channel';
import { isActive } from '../handoff/transitions';
import type { Case, CaseReason } from '../handoff/types';
import type { Lang, Phase } from '../knowledge';
import { chooseLanguage, recognize } from '../recognition';
import { interactionOf } from '../reports/interaction';
import type { Interaction } from '../storage/types';
import { cardMessage, plain } from '../cards/messages';
import { isAgentContext } from './agents';
import { caseOfThread, threadState } from './case-thread';
import { decide, type Decision, type DecisionInput } from './decide';
import type { BotDeps } from './deps';
import { recentlyOnTopic, remember, type ConversationMemory, type TurnMemory } from './state';
import { turnFacts, type TurnFacts } from './turn';

const MAX_LISTED = 20;

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
  const input: DecisionInput = {
    recognition,
    phase: deps.knowledge.phaseAt(now),
    conversationType: facts.conversationType,
    mentioned: facts.mentioned,
    recentlyOnTopic: recentlyOnTopic(memory, now),
    fromAgent,
    openCase: openCase !== undefined,
    caseThread: threadState(threadCase),
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
 * The user's open case, if they may have one: only a conversation that opened a case looks it up (one
 * indexed read), and forgets it once the case is closed, so every other message costs nothing here.
 */
async function openCaseOf(facts: TurnFacts, memory: ConversationMemory, deps: BotDeps): Promise<Case | undefined> {
  if (!memory.caseId || facts.conversationType !== 'personal') return undefined;
  const open = await deps.store.findActiveCase(facts.userKey);
  if (!open) delete memory.caseId;
  return open;
}

export interface TurnInput {
  facts: TurnFacts;
  lang: Lang;
  now: Date;
  /** What the recognizer matched in this message (a card click has none of its own). */
  signals?: string[];
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
      await openCase(context, memory, deps, turn, decision.reason, decision.phase);
      return;
    case 'answer':
      return answer(context, memory, deps, turn, decision.phase);
    case 'help':
      return replyOnce(context, memory, facts, cardMessage(helpCard(deps.knowledge, lang)));
    case 'none':
      return replyOnce(context, memory, facts, plain(t('none.reply')));
    case 'status':
      return replyOnce(context, memory, facts, plain(await statusText(deps, facts.userKey, lang, turn.now)));
    case 'cases':
      return replyOnce(context, memory, facts, plain(await casesText(deps, turn.now)));
    case 'cancel':
      return cancel(context, memory, deps, facts, lang);
    case 'register-channel':
      return registerChannel(context, memory, deps, facts, lang);
    case 'add-to-case':
      return addToCase(context, memory, deps, turn);
    case 'relay-to-user':
      return relayToUser(deps, turn);
    case 'case-closed':
      return replyOnce(context, memory, facts, plain(deps.knowledge.t(deps.supportLang, 'thread.caseClosed', { ref: turn.case?.ref ?? '' })));
  }
}

/** What the user writes while their case is open goes to it; if it closed meanwhile, the message is read afresh. */
async function addToCase(context: TurnContext, turnMemory: TurnMemory, deps: BotDeps, turn: Turn): Promise<void> {
  const { facts, now } = turn;
  const open = turn.case;
  if (!open || !facts.text.trim()) return;
  const result = await deps.handoff.addUserMessage(open.id, facts.text, facts.user, facts.activityId);
  if (!result.ok && result.reason === 'invalid-state') {
    delete turnMemory.value.caseId;
    const input = { ...turn.input, openCase: false };
    return act(context, turnMemory, deps, { ...turn, input, case: undefined, decision: decide(input) });
  }
  remember(turnMemory.value, { at: now.toISOString(), from: 'user', text: facts.text });
  turnMemory.value.topicAt = now.toISOString();
  deps.log.info({ activityId: facts.activityId, caseId: open.id, outcome: result.ok ? 'added' : result.reason }, 'message added to the case');
}

/** An agent's message in an open case's thread reaches the case's user (through the outbox). */
async function relayToUser(deps: BotDeps, turn: Turn): Promise<void> {
  const { facts } = turn;
  if (!turn.case || !facts.text.trim()) return;
  const result = await deps.handoff.relayAgentMessage(turn.case.id, facts.text, facts.user, facts.activityId);
  deps.log.info({ activityId: facts.activityId, caseId: turn.case.id, outcome: result.ok ? 'relayed' : result.reason }, 'agent message relayed to the user');
}

/**
 * Replies unless this activity was already handled (Teams redelivers; so may another instance). The
 * dedupe record and the conversation memory are written in one transaction, before the reply.
 */
async function replyOnce(context: TurnContext, memory: TurnMemory, facts: TurnFacts, activity: Parameters<TurnContext['sendActivity']>[0], interactions?: Interaction[]): Promise<void> {
  const result = await memory.commitHandled(facts.activityId, interactions);
  if (result.ok) await context.sendActivity(activity);
}

async function answer(context: TurnContext, turnMemory: TurnMemory, deps: BotDeps, turn: TurnInput, phase: Phase): Promise<void> {
  const memory = turnMemory.value;
  remember(memory, { at: turn.now.toISOString(), from: 'user', text: turn.facts.text });
  remember(memory, { at: turn.now.toISOString(), from: 'bot', text: `[answer card: ${phase}]` });
  memory.topicAt = turn.now.toISOString();
  memory.answeredPhase = phase;
  memory.signals = turn.signals;
  deps.telemetry.answerCard(turn.lang, phase);
  await replyOnce(context, turnMemory, turn.facts, cardMessage(deps.answerCards.get(turn.lang, phase, turn.now)), [interactionOf(turn, phase, 'answer')]);
}

/** Opens (or adds to) the user's case; what the user is told goes out through the outbox. */
export async function openCase(
  context: TurnContext,
  turnMemory: TurnMemory,
  deps: BotDeps,
  turn: TurnInput,
  reason: CaseReason,
  phase: Phase,
  words: string = turn.facts.text,
): Promise<string | undefined> {
  const memory = turnMemory.value;
  if (turn.facts.text) remember(memory, { at: turn.now.toISOString(), from: 'user', text: turn.facts.text });
  const email = await deps.lookupEmail(context);
  const result = await deps.handoff.openOrAppend({
    dedupeKey: turn.facts.activityId,
    userKey: turn.facts.userKey,
    user: { ...turn.facts.user, ...(email ? { email } : {}) },
    tenantId: turn.facts.tenantId,
    lang: turn.lang,
    phase,
    reason,
    words,
    botAnswer: memory.answeredPhase ? `answer card (${memory.answeredPhase})` : 'none yet',
    signals: turn.signals?.length ? turn.signals : memory.signals,
    transcript: memory.transcript ?? [],
    userConversation: turn.facts.reference,
    supportChannelKnown: (await deps.channels.current()) !== undefined,
    interactions: [interactionOf(turn, phase, 'case')],
  });
  if (result.outcome === 'duplicate') return undefined;
  memory.topicAt = turn.now.toISOString();
  memory.caseId = result.case.id;
  deps.log.info({ activityId: turn.facts.activityId, caseId: result.case.id, ref: result.case.ref, outcome: result.outcome, reason }, 'case handed off');
  remember(memory, { at: turn.now.toISOString(), from: 'bot', text: `[case ${result.case.ref} ${result.outcome}]` });
  return result.case.ref;
}

async function cancel(context: TurnContext, memory: TurnMemory, deps: BotDeps, facts: TurnFacts, lang: Lang): Promise<void> {
  const active = await deps.store.findActiveCase(facts.userKey);
  if (!active) return replyOnce(context, memory, facts, plain(deps.knowledge.t(lang, 'cancel.none')));
  const result = await deps.handoff.act(active.id, { type: 'cancel' }, { ...facts.user, role: 'user' }, facts.activityId);
  if (result.ok) await context.sendActivity(plain(deps.knowledge.t(lang, 'case.cancelled', { ref: active.ref })));
}

async function registerChannel(context: TurnContext, memory: TurnMemory, deps: BotDeps, facts: TurnFacts, lang: Lang): Promise<void> {
  const channelId = channelIdOf(context.activity);
  const verdict = mayRegisterChannel({
    configuredByEnv: deps.channels.configuredByEnv,
    agentIds: deps.supportAgentIds,
    botTenantId: deps.botTenantId,
    requester: facts.user,
    tenantId: facts.tenantId,
    channelId,
    currentChannelId: (await deps.channels.current())?.id,
  });
  if (!verdict.ok || !channelId) {
    deps.log.warn({ activityId: facts.activityId, userKey: facts.userKey, tenantId: facts.tenantId, reason: verdict.ok ? 'not-a-channel' : verdict.reason }, 'support channel registration refused');
    const off = !verdict.ok && (verdict.reason === 'registration-off' || verdict.reason === 'configured-by-env');
    return replyOnce(context, memory, facts, plain(deps.knowledge.t(lang, off ? 'channel.registrationOff' : 'agent.refused')));
  }
  const actor = { ...facts.user, tenantId: facts.tenantId };
  await deps.channels.register({ id: channelId, serviceUrl: context.activity.serviceUrl, tenantId: facts.tenantId }, { actor, at: deps.clock().toISOString(), dedupeKey: facts.activityId });
  deps.log.info({ channelId, by: facts.userKey, tenantId: facts.tenantId }, 'support channel registered');
  await replyOnce(context, memory, facts, plain(deps.knowledge.t(lang, 'channel.registered')));
}

async function statusText(deps: BotDeps, userKey: string, lang: Lang, now: Date): Promise<string> {
  const k = deps.knowledge;
  const cases = await deps.store.listCasesByUser(userKey, MAX_LISTED);
  if (!cases.length) return k.t(lang, 'status.none');
  const lines = cases.map((c) =>
    k.t(lang, 'status.item', { ref: c.ref, state: k.t(lang, `state.${c.state}`), age: k.formatAge(lang, now.getTime() - Date.parse(c.openedAt)) }),
  );
  return [k.t(lang, 'status.heading'), ...lines].join('\n');
}

async function casesText(deps: BotDeps, now: Date): Promise<string> {
  const k = deps.knowledge;
  const lang = deps.supportLang;
  const cases = (await deps.store.listActiveCases(MAX_LISTED)).filter((c) => isActive(c.state));
  if (!cases.length) return k.t(lang, 'cases.none');
  const lines = cases.map((c) =>
    k.t(lang, 'cases.item', { ref: c.ref, state: k.t(lang, `state.${c.state}`), age: k.formatAge(lang, now.getTime() - Date.parse(c.openedAt)), user: c.user.name }),
  );
  return [k.t(lang, 'cases.heading'), ...lines].join('\n');
}

function languageOf(facts: TurnFacts, remembered: Lang | undefined): { lang: Lang; source: 'text' | 'memory' | 'locale' | 'default' } {
  const choice = chooseLanguage(facts.text, facts.locale);
  if (choice.source === 'text' || !remembered) return choice;
  return { lang: remembered, source: 'memory' };
}
