import { findTokenName } from './tokenName';
import { VOCABULARY, type VocabularyCategory } from './vocabulary';

/** Which vocabulary categories a normalized message contains, plus the token-name match. */
export interface Evidence {
  has: Readonly<Record<VocabularyCategory, boolean>>;
  tokenName: ReturnType<typeof findTokenName>;
}

const CATEGORIES = Object.keys(VOCABULARY) as VocabularyCategory[];

export function collectEvidence(normalized: string): Evidence {
  const has = {} as Record<VocabularyCategory, boolean>;
  for (const category of CATEGORIES) has[category] = VOCABULARY[category].test(normalized);
  return { has, tokenName: findTokenName(normalized) };
}

interface Weighed {
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
export function weigh({ has, tokenName }: Evidence): Weighed {
  const signals: string[] = [];
  let score = 0;
  const add = (points: number, signal: string): void => {
    score += points;
    signals.push(signal);
  };
  const product = has.workfront || has.outlook;
  const legacyTokens = has.token && (has.exchange || has.legacy || (has.microsoft && has.exception));

  if (has.exactError) add(10, 'exact-error');
  if (tokenName) add(tokenName === 'token-name' ? 10 : 8, tokenName);
  if (has.adminSwitch) add(10, 'admin-switch');
  if (has.workfront) add(3, 'workfront');
  if (has.outlook) add(2, 'outlook');
  if (has.addin && product) add(0.5, 'add-in');
  if (has.token) add(2, 'token-word');
  // In this bot, "the Workfront token" is this token unless another kind is named (penalty below).
  if (has.token && has.workfront) add(1, 'workfront-token');
  if (has.identity && has.token && product) add(2, 'identity');
  if (has.failure || has.unexpectedError) add(2, 'auth-failure');
  else if (has.error) add(1, 'error');
  if (legacyTokens) add(5, 'legacy-tokens');
  if (has.reenable && (legacyTokens || product)) add(1, 'admin-reenable');
  if (has.admin && (legacyTokens || product)) add(1, 'admin');
  if (has.exception && (legacyTokens || product)) add(1, 'exception');
  // Workfront's add-in that fails to sign in is the Outlook one unless another host app is named.
  if (has.workfront && has.addin && !has.outlook && (has.failure || has.unexpectedError) && !has.otherHost) add(1, 'workfront-addin-failure');
  if (has.workfront && has.outlook && (has.failure || has.unexpectedError || has.token)) signals.push('workfront+outlook+auth-failure');

  if (has.otherAddin && !has.workfront) add(-4, 'other-addin');
  if (has.otherToken && !tokenName && !has.exactError) add(-4, 'other-token');
  if (has.otherWorkfront && !tokenName && !has.token) add(-2, 'other-workfront');
  // Failure words around Outlook alone fit any add-in: a topic needs one of these anchors.
  const anchored = Boolean(tokenName) || has.exactError || has.adminSwitch || legacyTokens || has.workfront || (has.outlook && has.identity && has.token);
  if (!anchored) signals.push('no-anchor');
  return { score: anchored ? score : Math.min(score, TOPIC_THRESHOLD - 1), signals };
}
