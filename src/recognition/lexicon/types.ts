import type { Lang } from '../../knowledge/types';
import type { Command } from '../types';

/**
 * Vocabulary of one language, written as regex sources over NORMALIZED text
 * (lowercase, accents stripped for Latin scripts, ß -> ss, punctuation and hyphens -> one space).
 * A pattern starting/ending with a Latin letter or digit gets a word boundary on that side
 * automatically; add `[a-z]*` to allow endings or compounds. CJK patterns match as substrings.
 */
export interface Lexicon {
  lang: Lang;
  /** Localized spellings of Workfront / Outlook (Latin brand names are global). */
  workfront?: string[];
  outlook?: string[];
  /** "add-in", "plug-in", "panel", "sidebar"... */
  addin: string[];
  /** The word for "token" (jeton, 令牌, トークン...). */
  token: string[];
  identity: string[];
  /** Failing to sign in / authenticate / load / open / work. */
  failure: string[];
  /** Generic "error" words. */
  error: string[];
  /** "unexpected error" as Workfront shows it, translated. */
  unexpectedError: string[];
  /** legacy / old / deprecated. */
  legacy: string[];
  /** Admin wording: re-enable, turn back on, allow, administrator. */
  reenable: string[];
  /** Turning something back on, the verb alone ("turn it back on", "wieder einschalten", "重新开启"). */
  switchBackOn: string[];
  /** What replaces it ("instead of the add-in", "alternative to", "代わり"): asked about, the add-in's end. */
  replacement: string[];
  /** Exception, deadline, retirement, switch-off. */
  exception: string[];
  /** Asking for a person, a ticket, an escalation. */
  human: string[];
  /** Workfront areas that are not the Outlook add-in (timesheets, proofing, reports...). */
  otherWorkfront: string[];
  /** Reporting that the problem is gone ("fixed now", "works again"): a thank-you note, not a question. */
  resolved: string[];
  /** Markers of news passed on to others ("FYI", "pour info", "ter info"), not of a request for help. */
  announcement: string[];
  /** First-person pronouns: the writer says it happens to them (or their team). */
  firstPerson: string[];
  /** Workfront named only to say it is not involved ("not the Workfront one", "nothing to do with Workfront"). */
  notWorkfront: string[];
  /** Already working around the add-in in Workfront's web app ("we use Workfront in the browser now"). */
  workaround: string[];
  /** Asking how to do something ("how do I", "comment faire", "方法"). */
  howTo: string[];
  /** Whole-message commands. */
  commands: Record<Command, string[]>;
}
