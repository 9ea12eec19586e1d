import type { Knowledge } from '../knowledge/knowledge';
import type { FollowUpTopic, Lang, Phase } from '../knowledge/types';
import { ANSWER_VERBS } from './answerCard';
import { card, text } from './elements';
import type { ActionExecute, AdaptiveCard } from './types';

export interface FollowUpCardInput {
  lang: Lang;
  phase: Phase;
  /** The question's topic; undefined for a question about the error that no answer covers. */
  topic: FollowUpTopic | undefined;
}

/**
 * The reply to a question asked after the answer card: the short answer (or "I can't answer that one")
 * and a "Talk to a person" button that opens a case exactly as the answer card's does (same verb, same
 * data). It carries no Microsoft link on purpose: it is not the answer card again.
 */
export function followUpCard(k: Knowledge, { lang, phase, topic }: FollowUpCardInput): AdaptiveCard {
  const answer = topic === undefined ? k.t(lang, 'followUp.cannotAnswer') : k.followUp(lang, topic, phase).text;
  const handoff: ActionExecute = {
    type: 'Action.Execute',
    title: k.t(lang, 'action.handoff'),
    verb: ANSWER_VERBS.handoff,
    data: { verb: ANSWER_VERBS.handoff, lang, phase },
  };
  return card(lang, [text(answer)], [handoff]);
}
