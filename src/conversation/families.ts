import type { FollowUpTopic, Lang } from '../knowledge/types';
import { LEXICONS, type Lexicon } from '../recognition/lexicon';
import { allOf, anyOf, near as nearSpans, wholeOf } from '../recognition/patterns';
import { CONTEXT_LEXICONS, type ContextLexicon } from './lexicon';

/** Scripts without spaces between words (Korean has spaces, but endings and particles stick to words). */
export const CJK: ReadonlySet<Lang> = new Set(['ja', 'ko', 'zh']);
const LATIN = CONTEXT_LEXICONS.filter((l) => !CJK.has(l.lang));
const RECOGNIZER = new Map<Lang, Lexicon>(LEXICONS.map((lexicon) => [lexicon.lang, lexicon]));

const group = (list: readonly string[]): string => `(?:${list.join('|')})`;

/** A few words between two Latin words; a few characters between CJK ones. */
function gap(lexicon: ContextLexicon, words: number, filler?: readonly string[]): string {
  if (CJK.has(lexicon.lang)) return `.{0,${2 * words + 2}}`;
  return filler ? `(?: ${group(filler)}){0,${words}} ` : `(?: [a-z]+){0,${words}} `;
}

/** `first` and `second` of one language within the gap, in either order ("didn't help", "hilft nicht"). */
function near(lexicon: ContextLexicon, first: readonly string[], second: readonly string[], between: string): string[] {
  if (first.length === 0 || second.length === 0) return [];
  return [`${group(first)}${between}${group(second)}`, `${group(second)}${between}${group(first)}`];
}

/** The recognizer's failure and error words of the language, plus the context lexicon's broken ones. */
function failures(lexicon: ContextLexicon): string[] {
  const recognizer = RECOGNIZER.get(lexicon.lang);
  return [...(recognizer?.failure ?? []), ...(recognizer?.error ?? []), ...(recognizer?.unexpectedError ?? []), ...lexicon.broken];
}

/** One regex over every language's patterns of a family (each built per language, so pairs never mix languages). */
function family(build: (lexicon: ContextLexicon) => readonly string[]): RegExp {
  return anyOf(CONTEXT_LEXICONS.flatMap((lexicon) => [...build(lexicon)]));
}

/**
 * "still/again/same" within a few words of a failure word of the same language ("still getting the
 * error", "erreur encore"): the recognizer's failure patterns are long, so the two are found apart and
 * their distance measured (a linear scan) instead of joined into one backtracking regex.
 */
function persistentFailure(): { test(text: string): boolean } {
  const latin = CONTEXT_LEXICONS.filter((l) => !CJK.has(l.lang));
  const cjk = CONTEXT_LEXICONS.filter((l) => CJK.has(l.lang));
  const persistence = (list: readonly ContextLexicon[]) => list.map((l) => allOf(l.persistence));
  const failing = (list: readonly ContextLexicon[]) => list.map((l) => allOf(failures(l)));
  const [latinStill, latinFailing, cjkStill, cjkFailing] = [persistence(latin), failing(latin), persistence(cjk), failing(cjk)];
  return { test: (text) => PERSISTENCE.test(text) && (nearSpans(latinStill, latinFailing, text, 24) || nearSpans(cjkStill, cjkFailing, text, 8)) };
}

/** still, again, same, toujours, immer noch, まだ, 还是. */
export const PERSISTENCE = family((l) => l.persistence);

/** The answer did not help: a negation next to help/work/fix, "still/again/same" next to a failure word, "no luck". */
export const NOT_HELPED = {
  negatedEffect: family((l) => near(l, l.negation, l.effect, gap(l, 5, [...l.filler, ...l.persistence]))),
  persistentFailure: persistentFailure(),
  noChange: family((l) => l.noChange),
  // "not sure", "don't understand", "pas clair": the answer left them unsure, which a person must take up.
  negatedOkay: family((l) => near(l, l.negation, [...l.okay, ...l.okayAlone], gap(l, 1, l.filler))),
  bareNo: wholeOf(CONTEXT_LEXICONS.flatMap((l) => l.bareNo)),
} as const;

const LEADERS = ['and', 'but', 'so', 'ok', 'okay', 'then', 'also', 'well', 'oh', 'ah', 'hmm+', 'et', 'mais', 'donc', 'alors', 'und', 'aber', 'dann', 'y', 'pero', 'entonces', 'pues', 'e', 'ma', 'quindi', 'allora', 'mas', 'entao', 'en', 'maar', 'dus'];

const OKAY_ALONE = group(CONTEXT_LEXICONS.flatMap((l) => l.okayAlone));
const OKAY_TAIL = ['then', 'now', 'mate', 'man', 'guys', 'indeed', 'entao', 'alors', 'dann', 'allora', 'entonces', 'dan', 'merci', 'danke', 'gracias', 'grazie', 'obrigado', 'bedankt', 'thanks'];

export const ACK = {
  thanks: family((l) => l.thanks),
  okay: family((l) => l.okay),
  thanksAhead: family((l) => l.thanksAhead),
  /** Tested on each clause: "great, thanks" and "show!" acknowledge; "doesn't show up", "prima andava", "já reinstalei" do not. */
  okayClause: new RegExp(`^ (?:${group(LEADERS)} )*${OKAY_ALONE}(?: (?:${OKAY_ALONE}|${group(OKAY_TAIL)}))* $`, 'u'),
  worksNow: anyOf([...CONTEXT_LEXICONS.flatMap((l) => l.worksNow), ...LEXICONS.flatMap((l) => l.resolved)]),
} as const;

/** A message that only greets ("hello", "guten Morgen", "你好"): small talk. */
const GREETINGS = group(CONTEXT_LEXICONS.flatMap((l) => l.greeting));
export const GREETING_ONLY = new RegExp(`^ ${GREETINGS}(?: (?:${GREETINGS}|bot|there|all|everyone|team|again))* $`, 'u');

/** "when" that also joins clauses: followed by its subject ("when I forward an email, ..."), it asks nothing. */
const WHEN_OR_CONJUNCTION = ['when', 'quand', 'cuando', 'quando', 'wanneer'];
const SUBJECTS = ['i', 'we', 'you', 'he', 'she', 'they', 'my', 'our', 'je', 'j', 'on', 'il', 'elle', 'nous', 'vous', 'ils', 'mon', 'ma', 'mes', 'yo', 'eu', 'io', 'noi', 'mi', 'mis', 'meu', 'minha', 'mio', 'mia', 'ik', 'wij', 'mijn', 'le', 'la', 'el', 'o', 'a', 'de', 'het', 'the', 'se', 'abro', 'abre', 'apro', 'clico', 'clic', 'click'];
const QUESTION_WORDS = LATIN.flatMap((l) => l.interrogative).filter((word) => !WHEN_OR_CONJUNCTION.includes(word));
/** A clause that opens with a question word, possibly after "and", "ok", "mais"... */
export const OPENS_QUESTION = new RegExp(
  `^ (?:${group(LEADERS)} )*(?:${group(QUESTION_WORDS)}|${group(WHEN_OR_CONJUNCTION)}(?! ${group(SUBJECTS)}(?![a-z0-9])))(?![a-z0-9])`,
  'u',
);
/** CJK question words and endings, anywhere (those scripts put them where the question is). */
export const CJK_QUESTION = family((l) => (CJK.has(l.lang) ? l.interrogative : []));
export const REQUEST = family((l) => l.request);

/**
 * Pointing back at the problem: "this", "ça", "これ", asking what it affects ("betrifft das", "影響"),
 * or where it is written down ("is there an official announcement?", "有官方公告吗").
 */
export const POINTS_BACK = family((l) => [...l.anaphora, ...l.impact, ...l.record]);
export const WEAK_ANAPHORA = family((l) => l.weakAnaphora);
export const ELSEWHERE = family((l) => l.elsewhere);
export const HOW_TO = family((l) => l.howTo);
/** Other apps, whose own sign-in or sync problems are theirs ("OneDrive keeps asking me to log in"). */
export const OTHER_APPS = anyOf([
  // "teams" is also a plural: the app when named as one ("MS Teams", "the Teams app", "in Teams")
  'ms teams', 'microsoft teams', 'teams (?:app|client|meetings?|calls?|chats?|notifications?|messages?|channels?|status)', '(?:in|on|from|open|opening) teams',
  'onedrive', 'one drive', 'sharepoint', 'onenote', 'powerpoint', 'gmail', 'slack', 'dropbox', 'google drive', 'sap',
]);
/** Email, where the add-in lived. */
const EMAILS = ['e ?mails?', 'mails?', 'inbox', 'courriels?', 'correos?', 'posteingang', 'メール', '메일', '이메일', '邮件', '郵件', '邮箱', '郵箱'];
/** Adobe (Workfront's maker) and email: about the problem's products. */
export const PRODUCT_EXTRA = anyOf(['adobe', ...EMAILS]);

const NOW = ['now', 'then', 'instead', 'maintenant', 'alors', 'du coup', 'jetzt', 'dann', 'nun', 'ahora', 'entonces', 'adesso', 'ora', 'allora', 'agora', 'entao', 'nu', 'dan'];
/**
 * "how do I do with my emails now?", "je fais comment pour mes mails": the emails the add-in handled,
 * as the whole object of a how-to (in Latin scripts the email word ends the question, so "how do I set
 * up an email signature?" stays a question of its own).
 */
function emailsNow(l: ContextLexicon): string[] {
  if (CJK.has(l.lang)) return near(l, l.howTo, EMAILS, gap(l, 4));
  return [`${group(l.howTo)}${gap(l, 4)}${group(EMAILS)}(?: ${group(NOW)})?(?= $)`];
}

/** Topic cues in the order they are tried: the most specific first ("an exception from my admin" is about the exception). */
export const TOPIC_ORDER: readonly FollowUpTopic[] = ['exception', 'admin', 'browser', 'alternatives', 'mobile', 'work-lost', 'who-affected', 'when-fixed', 'why'];
/** Cues that give way when the answer did not help ("why is it still broken?" reports that it did not help). */
export const WEAK_TOPICS: ReadonlySet<FollowUpTopic> = new Set(['why']);

export const TOPIC_CUES: ReadonlyArray<readonly [FollowUpTopic, RegExp]> = TOPIC_ORDER.map((topic) => {
  const extra = (l: ContextLexicon): string[] => {
    const recognizer = RECOGNIZER.get(l.lang);
    if (topic === 'when-fixed') return near(l, l.when, l.fix, gap(l, 4));
    if (topic === 'work-lost') return near(l, l.see, l.workItems, gap(l, 3));
    if (topic === 'admin') return [...(recognizer?.switchBackOn ?? []), ...(recognizer?.reenable ?? [])];
    if (topic === 'alternatives') return [...(recognizer?.replacement ?? []), ...emailsNow(l)];
    return [];
  };
  return [topic, family((l) => [...l.topics[topic], ...extra(l)])] as const;
});
const WHEN_TAIL = ['then', 'exactly', 'roughly', 'denn', 'genau', 'ungefahr', 'ca', 'alors', 'exactement', 'donc', 'entonces', 'exactamente', 'pues', 'allora', 'esattamente', 'entao', 'exatamente', 'dan', 'precies', 'ongeveer'];
/** "When?" alone, after the answer, asks when it will work again ("quand ça ?", "wann denn?"). */
export const WHEN_ALONE = new RegExp(`^ (?:${group(LEADERS)} )?${group(CONTEXT_LEXICONS.flatMap((l) => l.when))}(?: ${group(WHEN_TAIL)})? $`, 'u');
/** "What now?": an alternatives question, weak like "why". */
export const WHAT_NOW = family((l) => l.whatNow);
