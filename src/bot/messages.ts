import type { TurnContext } from 'botbuilder';
import { helpCard } from '../cards';
import { isActive } from '../handoff/transitions';
import type { CaseReason } from '../handoff/types';
import type { Lang, Phase } from '../knowledge';
import { chooseLanguage, recognize } from '../recognition';
import { interactionOf } from '../reports/interaction';
import type { Interaction } from '../storage/types';
import { cardMessage, plain } from '../cards/messages';
import { isAgentContext } from './agents';
import { decide, type Decision } from './decide';
import type { BotDeps } from './deps';
import { recentlyOnTopic, remember, type TurnMemory } from './state';
import { turnFacts, type TurnFacts } from './turn';

const MAX_LISTED = 20;

/** Handles one user message: recognize, decide, act, reply. */
export async function onMessage(context: TurnContext, turnMemory: TurnMemory, deps: BotDeps): Promise<void> {
  const facts = turnFacts(context.activity);
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
  const decision = decide({
    recognition,
    phase: deps.knowledge.phaseAt(now),
    conversationType: facts.conversationType,
    mentioned: facts.mentioned,
    recentlyOnTopic: recentlyOnTopic(memory, now),
    fromAgent,
  });
  deps.log.info(
    { activityId: facts.activityId, decision: decision.kind, signals: recognition.signals, lang: lang.lang, langSource: lang.source, conversationType: facts.conversationType },
    'message handled',
  );
  deps.log.debug({ activityId: facts.activityId, text: facts.text }, 'message text');
  if (lang.source === 'text') memory.lang = lang.lang;
  await act(context, turnMemory, deps, { facts, decision, lang: lang.lang, now, signals: recognition.signals });
}

export interface TurnInput {
  facts: TurnFacts;
  lang: Lang;
  now: Date;
  /** What the recognizer matched in this message (a card click has none of its own). */
  signals?: string[];
}

interface Turn extends TurnInput {
  decision: Decision;
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
  }
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
  const t = (key: string) => deps.knowledge.t(lang, key);
  const channelId = (context.activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
  const current = await deps.channels.current();
  // Anyone may set the first channel; moving it afterwards takes a listed agent (or the current channel).
  const allowed = !current || (await isAgentContext(context.activity, deps));
  if (!channelId || !allowed || deps.channels.configuredByEnv) {
    deps.log.warn({ activityId: facts.activityId, userKey: facts.userKey, byEnv: deps.channels.configuredByEnv }, 'support channel registration refused');
    return replyOnce(context, memory, facts, plain(t('agent.refused')));
  }
  await deps.channels.register({ id: channelId, serviceUrl: context.activity.serviceUrl, tenantId: facts.tenantId });
  deps.log.info({ channelId, by: facts.userKey }, 'support channel registered');
  await replyOnce(context, memory, facts, plain(t('channel.registered')));
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
