import type { TurnContext } from 'botbuilder';
import { plain } from '../cards/messages';
import type { Case, CaseReason } from '../handoff/types';
import type { Phase } from '../knowledge';
import { interactionOf } from '../reports/interaction';
import type { BotDeps } from './deps';
import { replyOnce } from './reply';
import { remember, type TurnMemory } from './state';
import type { TurnInput } from './turn';

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
  memory.lastReply = 'case';
  deps.log.info({ activityId: turn.facts.activityId, caseId: result.case.id, ref: result.case.ref, outcome: result.outcome, reason }, 'case handed off');
  remember(memory, { at: turn.now.toISOString(), from: 'bot', text: `[case ${result.case.ref} ${result.outcome}]` });
  return result.case.ref;
}

export async function cancel(context: TurnContext, memory: TurnMemory, deps: BotDeps, { facts, lang }: TurnInput): Promise<void> {
  const active = await deps.store.findActiveCase(facts.userKey);
  if (!active) return replyOnce(context, memory, facts, plain(deps.knowledge.t(lang, 'cancel.none')));
  const result = await deps.handoff.act(active.id, { type: 'cancel' }, { ...facts.user, role: 'user' }, facts.activityId);
  if (result.ok) await context.sendActivity(plain(deps.knowledge.t(lang, 'case.cancelled', { ref: active.ref })));
}

/**
 * What the user writes while their case is open goes to it. Returns false when the case closed in the
 * meantime: the message is then to be read afresh.
 */
export async function addToCase(turnMemory: TurnMemory, deps: BotDeps, turn: TurnInput, open: Case): Promise<boolean> {
  const { facts, now } = turn;
  if (!facts.text.trim()) return true;
  const result = await deps.handoff.addUserMessage(open.id, facts.text, facts.user, facts.activityId);
  if (!result.ok && result.reason === 'invalid-state') {
    delete turnMemory.value.caseId;
    return false;
  }
  remember(turnMemory.value, { at: now.toISOString(), from: 'user', text: facts.text });
  turnMemory.value.topicAt = now.toISOString();
  deps.log.info({ activityId: facts.activityId, caseId: open.id, outcome: result.ok ? 'added' : result.reason }, 'message added to the case');
  return true;
}

/** An agent's message in an open case's thread reaches the case's user (through the outbox). */
export async function relayToUser(deps: BotDeps, { facts }: TurnInput, threadCase: Case): Promise<void> {
  if (!facts.text.trim()) return;
  const result = await deps.handoff.relayAgentMessage(threadCase.id, facts.text, facts.user, facts.activityId);
  deps.log.info({ activityId: facts.activityId, caseId: threadCase.id, outcome: result.ok ? 'relayed' : result.reason }, 'agent message relayed to the user');
}
