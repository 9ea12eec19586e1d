import { findTokenName } from './tokenName';
import { VOCABULARY, type VocabularyCategory } from './vocabulary';

/** Which vocabulary categories a normalized message contains, plus the token-name match. */
export interface Evidence {
  /** Whether the message contains the category; each category's regex runs at most once, when first asked. */
  has: (category: VocabularyCategory) => boolean;
  tokenName: ReturnType<typeof findTokenName>;
  /** The message asks something (a question mark in the original text). */
  question: boolean;
}

/**
 * Lazy on purpose: weigh() asks for a category only when the answer can change the score or the
 * signals (e.g. other add-ins only matter without Workfront), which skips about half the regexes.
 */
export function collectEvidence(normalized: string, question = false): Evidence {
  const known: Partial<Record<VocabularyCategory, boolean>> = {};
  const test = (category: VocabularyCategory): boolean => VOCABULARY[category].test(normalized);
  // Workfront named only to say it is not involved ("the Report Message add-in, not the Workfront one") is not named.
  const has = (category: VocabularyCategory): boolean =>
    (known[category] ??= category === 'workfront' ? test('workfront') && !test('notWorkfront') : test(category));
  return { has, tokenName: findTokenName(normalized), question };
}

export interface Weighed {
  score: number;
  signals: string[];
}

/** Score at or above which a message is about the outlookIdentityToken problem. */
export const TOPIC_THRESHOLD = 6;

/**
 * Weighted evidence. The token name or the admin switch decide alone; otherwise it takes
 * several anchors together (Workfront, Outlook/add-in, token vocabulary, failure, legacy
 * Exchange tokens), and neighbouring topics (other add-ins, other tokens, other Workfront
 * areas) pull the score down.
 */
export function weigh({ has, tokenName, question }: Evidence): Weighed {
  // The pasted error or the exact token name decide alone, and no penalty can outweigh 10 points
  // (at most -4 apply with them): the rest of the evidence would only lengthen the signals, so the
  // commonest message of all, the pasted error, skips a score of vocabulary regexes.
  const decisive = [...(has('exactError') ? ['exact-error'] : []), ...(tokenName === 'token-name' ? ['token-name'] : [])];
  if (decisive.length > 0) return { score: 10 * decisive.length, signals: decisive };
  const signals: string[] = [];
  let score = 0;
  const add = (points: number, signal: string): void => {
    score += points;
    signals.push(signal);
  };
  const product = has('workfront') || has('outlook');
  const legacyTokens = has('token') && (has('exchange') || has('legacyToken') || (has('microsoft') && has('exception')));

  if (has('exactError')) add(10, 'exact-error');
  if (tokenName) add(tokenName === 'token-name' ? 10 : 8, tokenName);
  const adminSwitch = has('adminSwitch') || (has('authPolicy') && !has('basicAuth'));
  if (adminSwitch) add(10, 'admin-switch');
  if (has('workfront')) add(3, 'workfront');
  if (has('outlook')) add(2, 'outlook');
  if (product && has('addin')) add(0.5, 'add-in');
  if (has('token')) add(2, 'token-word');
  // In this bot, "the Workfront token" is this token unless another kind is named (penalty below).
  if (has('token') && has('workfront')) add(1, 'workfront-token');
  if (product && has('token') && has('identity')) add(2, 'identity');
  if (has('failure') || has('unexpectedError')) add(2, 'auth-failure');
  else if (has('error')) add(1, 'error');
  // "Unexpected error" is the title of the add-in's sign-in failure: with Workfront named, it points here.
  if (has('workfront') && has('unexpectedError')) add(1, 'workfront-unexpected-error');
  if (legacyTokens) add(5, 'legacy-tokens');
  // The Outlook add-in and 1 October, the day the tokens went off: asked about together, only this problem.
  const retirementDay = has('outlook') && has('addin') && has('retirementDate');
  if (retirementDay) add(3, 'retirement-date');
  if ((legacyTokens || product) && has('reenable')) add(1, 'admin-reenable');
  // Microsoft 365's admin turning something back on for Workfront: the legacy tokens ("can our O365 admin turn it back on for WF?").
  if (has('workfront') && has('microsoft') && has('switchBackOn')) add(2, 'microsoft-switch-back-on');
  if ((legacyTokens || product) && has('admin')) add(1, 'admin');
  if ((legacyTokens || product) && has('exception')) add(1, 'exception');
  // What replaces the add-in, asked ("what do we use instead of Workfront for Outlook?"); said, it is news.
  const replacementAsked = question && has('replacement');
  if (product && replacementAsked) add(1, 'replacement-asked');
  // An exception from Microsoft, asked about Workfront, can only be this one.
  if (has('workfront') && has('microsoft') && has('exception') && !legacyTokens) add(2, 'microsoft-exception');
  // Workfront's add-in that fails to sign in is the Outlook one unless another host app is named.
  if (has('workfront') && has('addin') && !has('outlook') && (has('failure') || has('unexpectedError')) && !has('otherHost')) add(1, 'workfront-addin-failure');
  // ...and so is the one whose end or replacement is asked about ("what do we use instead of the Workfront add-in?").
  if (has('workfront') && has('addin') && !has('outlook') && (has('exception') || replacementAsked) && !has('otherHost')) add(1.5, 'workfront-addin-timeline');
  if (has('workfront') && has('outlook') && (has('failure') || has('unexpectedError') || has('token'))) signals.push('workfront+outlook+auth-failure');

  // Another add-in named, and not Workfront: the message is about that add-in, even when it blames
  // the same retirement ("Salesforce for Outlook stopped signing in in October, the legacy tokens too?").
  const otherAddin = !has('workfront') && has('otherAddin');
  // Basic authentication retired, without Workfront: printers, scanners and mail clients, not this add-in.
  const basicAuthOnly = !has('workfront') && has('basicAuth');
  if (otherAddin) signals.push('other-addin');
  if (!tokenName && !has('exactError') && has('otherToken')) add(-4, 'other-token');
  if (!tokenName && !has('token') && has('otherWorkfront')) add(-2, 'other-workfront');
  if (!tokenName && !has('exactError') && has('otherWorkfrontProduct')) add(-6, 'other-workfront-product');
  // "It works again, thanks": news that the problem is gone, unless the error itself is quoted or it
  // is a question ("has the Workfront sign-in problem been fixed?").
  if (!tokenName && !has('exactError') && !question && has('resolved')) add(-3, 'reported-resolved');
  // "FYI: the add-in is retired, use the web app": news passed on, not help asked for. It stays a
  // request when it asks something, quotes the error or says it happens to the writer ("FYI my...").
  const news = !tokenName && !has('exactError') && !question && has('announcement') && !has('firstPerson');
  if (news) signals.push('announcement');
  // Failure words around Outlook alone fit any add-in: a topic needs one of these anchors.
  const anchored = Boolean(tokenName) || has('exactError') || adminSwitch || legacyTokens || retirementDay || has('workfront') || (has('outlook') && has('identity') && has('token'));
  if (!anchored) signals.push('no-anchor');
  if (basicAuthOnly) signals.push('basic-auth');
  return { score: anchored && !news && !otherAddin && !basicAuthOnly ? score : Math.min(score, TOPIC_THRESHOLD - 1), signals };
}
