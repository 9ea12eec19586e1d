import type { Knowledge } from '../knowledge/knowledge';
import type { Lang, Phase } from '../knowledge/types';
import { card, heading, numbered, rich, text, title, userRun } from './elements';
import { escapeMarkdown, plainText } from './text';
import type { ActionExecute, AdaptiveCard, CardElement } from './types';

/** Verbs of the answer card's buttons; the bot routes Action.Execute invokes on these. */
export const ANSWER_VERBS = { helped: 'feedback.helped', notHelped: 'feedback.notHelped', handoff: 'handoff' } as const;

export interface AnswerCardInput {
  lang: Lang;
  phase: Phase;
  now: Date;
  /** Set when the bot opened a case for the user (shown in the exception-only phase). */
  caseRef?: string;
}

export function answerCard(k: Knowledge, input: AnswerCardInput): AdaptiveCard {
  const { lang, phase } = input;
  const a = k.answer(lang, phase, input.now);
  const body: CardElement[] = [
    title(a.title),
    text(a.meaning),
    heading(a.todayHeading),
    text(a.today),
  ];
  if (phase === 'exception-only' && input.caseRef) {
    body.push({
      type: 'Container',
      style: 'accent',
      // A TextRun: the reference comes from storage, so it is shown verbatim rather than parsed.
      items: [rich(userRun(k.t(lang, 'answer.caseOpened', { ref: plainText(input.caseRef, 40) }), 400, { weight: 'Bolder' }))],
    });
  }
  body.push(heading(a.stepsHeading), ...a.steps.map((step, i) => numbered(i + 1, step)));
  body.push(heading(a.linksHeading), ...a.links.map((l) => text(`[${escapeMarkdown(l.title)}](${l.url})`)));

  const button = (verb: string, titleKey: string, style?: ActionExecute['style']): ActionExecute => ({
    type: 'Action.Execute',
    title: k.t(lang, titleKey),
    verb,
    data: { verb, lang, phase },
    ...(style ? { style } : {}),
  });
  return card(lang, body, [
    button(ANSWER_VERBS.helped, 'action.helped', 'positive'),
    button(ANSWER_VERBS.notHelped, 'action.notHelped'),
    button(ANSWER_VERBS.handoff, 'action.handoff'),
  ]);
}
