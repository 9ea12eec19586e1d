import { normalizeMessage } from './clauses';
import { collectEvidence, TOPIC_THRESHOLD, weigh, type Evidence, type Weighed } from './evidence';
import { VOCABULARY, type VocabularyCategory } from './vocabulary';
import { QUESTION } from './question';

/** Words that tie a clause to the add-in and its sign-in (a how-to about them is about this problem). */
const ABOUT_THE_ADDIN: readonly VocabularyCategory[] = [
  'outlook', 'addin', 'token', 'identity', 'failure', 'unexpectedError', 'exception', 'reenable', 'legacy', 'exchange', 'resolved',
];
const aboutTheAddin = (clause: string): boolean => ABOUT_THE_ADDIN.some((category) => VOCABULARY[category].test(clause));

/**
 * The add-in's failure given as background to a question about something else: "since the add-in
 * died we use Workfront in the browser; how do I copy a task?" The writer has moved on: they already
 * work around it and every how-to they ask names nothing of the add-in or its sign-in.
 */
export function askedAboutSomethingElse(evidence: Evidence, clauses: readonly string[]): boolean {
  if (evidence.tokenName || evidence.has('exactError') || !evidence.has('workaround')) return false;
  const howTos = clauses.filter((clause) => VOCABULARY.howTo.test(clause));
  return howTos.length > 0 && !howTos.some(aboutTheAddin);
}

// One item per line, or per bullet or number that starts one ("• VPN…", "2) the add-in…").
const ITEM_BREAK = /\s*[\n\r]+\s*(?:[•·*\-–]|\d+[.)])?\s*/u;
/** Items looked at: a long paste is judged on its first lines. */
const MAX_ITEMS = 12;

/** Signals of an item about something else: another add-in, token or Workfront area. */
const ELSEWHERE_SIGNALS = new Set(['other-addin', 'other-token', 'other-workfront', 'other-workfront-product']);

/** Each line (item) of a message with two or more, weighed on its own; undefined for a one-line message. */
export function weighItems(text: string): Weighed[] | undefined {
  const items = text.split(ITEM_BREAK, MAX_ITEMS).filter((item) => item.trim().length > 0);
  if (items.length < 2) return undefined;
  return items.map((item) => weigh(collectEvidence(normalizeMessage(item).normalized, QUESTION.test(item))));
}

/**
 * A list of unrelated requests, one of them this problem ("1. printer jammed 2. the Workfront add-in
 * won't sign in 3. holiday calendar?"): the others' words (another product, another token) must not
 * outweigh the item that is about it. The best item's weighing, when one is on topic alone.
 */
export function onTopicItem(items: readonly Weighed[]): Weighed | undefined {
  return items.filter((item) => item.score >= TOPIC_THRESHOLD).sort((a, b) => b.score - a.score)[0];
}

/**
 * The other way round: a list none of whose items is this problem, that reaches the topic only by
 * pooling words across items, one of them about something else ("my RSA token expired / the Zoom
 * add-in in Outlook won't sign in / my Workfront timesheet is locked"). A heading and its details
 * ("Workfront in Outlook: / won't sign in / since October") name nothing else and still count.
 */
export function pooledFromOtherItems(items: readonly Weighed[]): boolean {
  return !onTopicItem(items) && items.some((item) => item.signals.some((signal) => ELSEWHERE_SIGNALS.has(signal)));
}
