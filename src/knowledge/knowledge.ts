import i18next, { type i18n } from 'i18next';
import { followUpKey } from './followUps';
import { formatAge, formatDate } from './format';
import type { KnowledgeFile, LocaleTree } from './schema';
import { phaseAt, utcDay, type Timeline } from './timeline';
import { LANGS, type FollowUpTopic, type Lang, type Phase } from './types';

export interface Link {
  title: string;
  url: string;
}

/** Everything an answer card shows, already in the user's language. */
export interface Answer {
  title: string;
  meaning: string;
  todayHeading: string;
  today: string;
  stepsHeading: string;
  steps: string[];
  linksHeading: string;
  links: Link[];
}

/** The short answer to a follow-up question, in the user's language, true on the phase's dates. */
export interface FollowUpAnswer {
  topic: FollowUpTopic;
  text: string;
  /** Ids of the sources (content/knowledge.yaml) the answer rests on, for logs and the case card. */
  sources: readonly string[];
}

export interface Knowledge {
  readonly timeline: Timeline;
  /** Pure: which phase of the token retirement `now` is in. */
  phaseAt(now: Date): Phase;
  /** The answer for a phase; `now` sets the date shown in the "today" heading (defaults to the current time). */
  answer(lang: Lang, phase: Phase, now?: Date): Answer;
  /** The answer to a follow-up question about the error, as true in `phase`. */
  followUp(lang: Lang, topic: FollowUpTopic, phase: Phase): FollowUpAnswer;
  /** A string with `{{var}}` filled in; the timeline dates and `cmd.*` commands are always available. */
  t(lang: Lang, key: string, vars?: Record<string, unknown>): string;
  list(lang: Lang, key: string, vars?: Record<string, unknown>): string[];
  formatDate(lang: Lang, date: Date): string;
  formatAge(lang: Lang, ms: number): string;
  /** learn.microsoft.com locale path for a language, e.g. `fr-fr`. */
  learnLocale(lang: Lang): string;
}

/** Builds the Knowledge API from content that has already been validated. */
export function createKnowledge(file: KnowledgeFile, locales: Record<Lang, LocaleTree>): Knowledge {
  const i18n: i18n = i18next.createInstance();
  void i18n.init({
    resources: Object.fromEntries(LANGS.map((l) => [l, { translation: locales[l] }])),
    lng: 'en',
    fallbackLng: 'en',
    // Cards escape user text themselves and our own strings are not HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });

  const timeline: Timeline = file.timeline;
  // Computed once per language: these variables are the same in every string.
  const varsByLang = new Map(
    LANGS.map((lang) => [
      lang,
      {
        cmd: file.commands,
        selfServiceEnd: formatDate(lang, utcDay(timeline.selfServiceUntil)),
        exceptionEnd: formatDate(lang, utcDay(timeline.exceptionOnlyUntil)),
        retiredFrom: formatDate(lang, utcDay(timeline.exceptionOnlyUntil, 1)),
      },
    ]),
  );
  const baseVars = (lang: Lang) => varsByLang.get(lang);

  const t = (lang: Lang, key: string, vars: Record<string, unknown> = {}): string =>
    i18n.t(key, { lng: lang, ...baseVars(lang), ...vars });
  const list = (lang: Lang, key: string, vars: Record<string, unknown> = {}): string[] => {
    const value: unknown = i18n.t(key, { lng: lang, returnObjects: true, ...baseVars(lang), ...vars });
    return Array.isArray(value) ? value.map(String) : [];
  };
  const learnLocale = (lang: Lang) => file.learnLocales[lang];

  const links = (lang: Lang, phase: Phase): Link[] =>
    file.phaseLinks[phase].flatMap((id) => {
      const link = file.links[id];
      return link ? [{ title: t(lang, link.titleKey), url: link.url.replace('{locale}', learnLocale(lang)) }] : [];
    });

  return {
    timeline,
    phaseAt: (now) => phaseAt(timeline, now),
    answer: (lang, phase, now = new Date()) => ({
      title: t(lang, 'answer.title'),
      meaning: t(lang, 'answer.meaning'),
      todayHeading: t(lang, 'answer.todayHeading', { date: formatDate(lang, now) }),
      today: t(lang, `phase.${phase}.today`),
      stepsHeading: t(lang, 'answer.stepsHeading'),
      steps: list(lang, `phase.${phase}.steps`),
      linksHeading: t(lang, 'answer.linksHeading'),
      links: links(lang, phase),
    }),
    followUp: (lang, topic, phase) => ({ topic, text: t(lang, followUpKey(file, topic, phase)), sources: file.followUps[topic].sources }),
    t,
    list,
    formatDate,
    formatAge,
    learnLocale,
  };
}
