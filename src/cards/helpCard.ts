import type { Knowledge } from '../knowledge/knowledge';
import type { Lang } from '../knowledge/types';
import { ANSWER_VERBS } from './answerCard';
import { card, heading, text, title } from './elements';
import type { AdaptiveCard } from './types';

/** What the bot can do and how to ask. Deliberately carries no Microsoft doc link: it is not an answer. */
export function helpCard(k: Knowledge, lang: Lang): AdaptiveCard {
  const bullets = (key: string) => k.list(lang, key).map((item) => text(`• ${item}`, { spacing: 'Small' }));
  return card(
    lang,
    [
      title(k.t(lang, 'help.title')),
      text(k.t(lang, 'help.intro')),
      heading(k.t(lang, 'help.examplesHeading')),
      ...bullets('help.examples'),
      heading(k.t(lang, 'help.commandsHeading')),
      ...bullets('help.commands'),
    ],
    [
      {
        type: 'Action.Execute',
        title: k.t(lang, 'action.handoff'),
        verb: ANSWER_VERBS.handoff,
        data: { verb: ANSWER_VERBS.handoff, lang },
      },
    ],
  );
}
