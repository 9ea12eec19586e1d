import { cardMessage, plain } from '../cards/messages';
import { followUpCard } from '../cards';
import type { TurnContext } from 'botbuilder';
import type { FollowUpTopic, Phase } from '../knowledge';
import { interactionOf } from '../reports/interaction';
import type { BotDeps } from './deps';
import { replyOnce } from './reply';
import { remember, type TurnMemory } from './state';
import type { TurnInput } from './turn';

/** The answer card for the phase; the conversation is about the error from now on. */
export async function answer(context: TurnContext, turnMemory: TurnMemory, deps: BotDeps, turn: TurnInput, phase: Phase): Promise<void> {
  const memory = turnMemory.value;
  remember(memory, { at: turn.now.toISOString(), from: 'user', text: turn.facts.text });
  remember(memory, { at: turn.now.toISOString(), from: 'bot', text: `[answer card: ${phase}]` });
  memory.topicAt = turn.now.toISOString();
  memory.answeredPhase = phase;
  memory.signals = turn.signals;
  memory.lastReply = 'answer';
  deps.telemetry.answerCard(turn.lang, phase);
  await replyOnce(context, turnMemory, turn.facts, cardMessage(deps.answerCards.get(turn.lang, phase, turn.now)), [interactionOf(turn, phase, 'answer')]);
}

/** A question after the answer: its short answer for today's phase, or "I can't answer that one", with Talk to a person. */
export async function followUp(context: TurnContext, turnMemory: TurnMemory, deps: BotDeps, turn: TurnInput, topic: FollowUpTopic | undefined, phase: Phase): Promise<void> {
  const memory = turnMemory.value;
  const at = turn.now.toISOString();
  remember(memory, { at, from: 'user', text: turn.facts.text });
  remember(memory, { at, from: 'bot', text: `[follow-up answer: ${topic ?? 'none fits'}]` });
  memory.topicAt = at;
  memory.lastReply = 'follow-up';
  // A short answer about this error: counted with the answers given (the support team's figures).
  await replyOnce(context, turnMemory, turn.facts, cardMessage(followUpCard(deps.knowledge, { lang: turn.lang, phase, topic })), [interactionOf(turn, phase, 'answer')]);
}

/**
 * Thanks, ok, it works now. Right after the bot helped (the answer card or a follow-up answer) it is
 * the user's "This helped", recorded as the button is; otherwise just a polite reply.
 */
export async function acknowledge(context: TurnContext, turnMemory: TurnMemory, deps: BotDeps, turn: TurnInput): Promise<void> {
  const memory = turnMemory.value;
  const afterHelp = memory.lastReply === 'answer' || memory.lastReply === 'follow-up';
  if (afterHelp) {
    const phase = memory.answeredPhase ?? deps.knowledge.phaseAt(turn.now);
    await deps.store.recordFeedback({ id: turn.facts.activityId, at: turn.now.toISOString(), userKey: turn.facts.userKey, lang: turn.lang, phase, helped: true });
  }
  memory.lastReply = 'ack';
  await replyOnce(context, turnMemory, turn.facts, plain(deps.knowledge.t(turn.lang, afterHelp ? 'followUp.ack.afterAnswer' : 'followUp.ack.generic')));
}
