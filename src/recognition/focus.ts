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

/**
 * A list of unrelated requests, one of them this problem ("1. printer jammed 2. the Workfront add-in
 * won't sign in 3. holiday calendar?"): the others' words (another product, another token) must not
 * outweigh the item that is about it. Returns the best item's weighing when one is on topic alone.
 */
export function onTopicItem(text: string): Weighed | undefined {
  const items = text.split(ITEM_BREAK, MAX_ITEMS).filter((item) => item.trim().length > 0);
  if (items.length < 2) return undefined;
  let best: Weighed | undefined;
  for (const item of items) {
    const { normalized } = normalizeMessage(item);
    const weighed = weigh(collectEvidence(normalized, QUESTION.test(item)));
    if (weighed.score >= TOPIC_THRESHOLD && (!best || weighed.score > best.score)) best = weighed;
  }
  return best;
}
