import type { FollowUpTopic, Lang } from '../../knowledge/types';

/**
 * Word families of one language for reading a message in the context of the answer, written as
 * regex sources over NORMALIZED text (see recognition/normalize.ts: lowercase, Latin accents
 * stripped, punctuation and apostrophes -> one space). Latin patterns get word boundaries
 * automatically; CJK patterns match as substrings. Families are composed (see families.ts) rather
 * than listed as whole phrases: a negation next to a "help/work/fix" word, a "still/again/same" word
 * next to a failure word, a "when" word next to a "fix" word.
 */
export interface ContextLexicon {
  lang: Lang;
  /** not, never, nothing, ne/pas, nicht, no, não, niet; for CJK the negating endings (ない, 안, 没). */
  negation: string[];
  /** What the answer was meant to do: help, work, fix, solve, change (composed with `negation`). */
  effect: string[];
  /** still, again, same, keeps (composed with the recognizer's failure and error words). */
  persistence: string[];
  /** More ways of saying it is broken than the recognizer's failure words (kaputt, rotto, 壊れ). */
  broken: string[];
  /**
   * Fixed expressions of "it did not do it": no change, no luck, "idem", "na mesma", "没用", and of not
   * understanding the answer ("わかりません"): either way the user needs more than the card.
   */
  noChange: string[];
  /** Whole-message refusals: "no", "nope", "not really", "いいえ". */
  bareNo: string[];
  /** Words between a negation and its verb that keep them one phrase ("didn't REALLY help"). */
  filler: string[];
  thanks: string[];
  /** Thanking in advance ("thanks in advance", "merci de m'aider"): a polite request, not an acknowledgement. */
  thanksAhead: string[];
  /** ok, got it, understood, makes sense, never mind. */
  okay: string[];
  /** Words that acknowledge only when they open a clause ("great, thanks", "show!"); elsewhere they mean more ("show up"). */
  okayAlone: string[];
  /** It works now (besides the recognizer's `resolved`). */
  worksNow: string[];
  /** Words that open a question when they start a clause (why, when, est-ce que, kann, 왜). */
  interrogative: string[];
  /** Asking without a question form: "tell me", "I'd like to know", "教えて". */
  request: string[];
  /** Pointing back at the problem: this, that, ça, das, esto, これ, 这. */
  anaphora: string[];
  /** Verbs asking what the problem does to something else ("does it affect", "betrifft das", "影響"): they point back too. */
  impact: string[];
  /** Where the change is written down: official, announcement, documentation, 公告. Asking for it is about this problem. */
  record: string[];
  /** Pronouns that may point back or be empty ("it", "es", "het"): count only when little else is said. */
  weakAnaphora: string[];
  /**
   * Grammar, filler and frequent verbs and adverbs that name no subject (Latin languages and Korean):
   * what is left of a message once they and every known word are removed is a subject of its own.
   */
  grammar: string[];
  /** A greeting said on its own ("hello", "你好"): small talk, not a follow-up. */
  greeting: string[];
  /** Subjects a follow-up about this error can never be about: canteen, holidays, printer, VPN, the bot itself... */
  elsewhere: string[];
  /** What a user keeps in Workfront: tasks, requests, projects, hours (known words, not a subject of their own). */
  workItems: string[];
  /** see, open, find, access: composed with `workItems` into a question whether the work is still there. */
  see: string[];
  /** "when", "how long", "soon": composed with `fix` into a when-fixed question. */
  when: string[];
  /** fixed, repaired, restored, back, available: composed with `when`. */
  fix: string[];
  /** Question cues of each follow-up topic. */
  topics: Record<FollowUpTopic, string[]>;
  /** Asking how to do something ("how do I", "comment", "wie ändere ich", "怎么"). */
  howTo: string[];
  /** "what now", "what should I do": an alternatives question, unless the answer did not help. */
  whatNow: string[];
}
