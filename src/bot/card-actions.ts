import type { TurnContext } from 'botbuilder';
import type { CaseReason } from '../handoff/types';
import { isLang, type Lang } from '../knowledge';
import { langFromLocale } from '../recognition';
import type { BotDeps } from './deps';
import { openCase } from './case-turns';
import type { TurnMemory } from './state';
import { turnFacts } from './turn';

/** Verbs of the answer card's buttons (Action.Execute; Action.Submit carries the same in `data.verb`). */
export const USER_VERBS = { helped: 'feedback.helped', notHelped: 'feedback.notHelped', handoff: 'handoff' } as const;

/**
 * Handles a click on the answer card. Returns the short acknowledgement shown to the user; what
 * else they are told about a case arrives in their chat through the outbox.
 */
export async function onUserCardAction(context: TurnContext, turnMemory: TurnMemory, deps: BotDeps, verb: string, data: Record<string, unknown>): Promise<string> {
  const facts = turnFacts(context.activity);
  const memory = turnMemory.value;
  // The card carries the language it was written in: the answer to a click continues in it.
  const lang: Lang = (isLang(data.lang) ? data.lang : undefined) ?? memory.lang ?? langFromLocale(facts.locale) ?? 'en';
  const now = deps.clock();
  const phase = deps.knowledge.phaseAt(now);
  const t = (key: string, vars?: Record<string, string>) => deps.knowledge.t(lang, key, vars);
  deps.log.info({ activityId: facts.activityId, verb, lang, phase }, 'answer card action');
  if (verb === USER_VERBS.helped) {
    await deps.store.recordFeedback({ id: facts.activityId, at: now.toISOString(), userKey: facts.userKey, lang, phase, helped: true });
    return t('feedback.thanks');
  }
  const reason: CaseReason = verb === USER_VERBS.notHelped ? 'not-helped' : 'asked';
  if (reason === 'not-helped') {
    await deps.store.recordFeedback({ id: facts.activityId, at: now.toISOString(), userKey: facts.userKey, lang, phase, helped: false });
  }
  // A click has no words of its own: the agent sees what the user last wrote.
  const lastWords = memory.transcript?.filter((line) => line.from === 'user').at(-1)?.text;
  const ref = await openCase(context, turnMemory, deps, { facts: { ...facts, text: '' }, lang, now }, reason, phase, lastWords);
  const active = ref ?? (await deps.store.findActiveCase(facts.userKey))?.ref;
  return reason === 'not-helped' ? t('feedback.sorry') : active ? t('case.opened', { ref: active }) : t('feedback.sorry');
}
