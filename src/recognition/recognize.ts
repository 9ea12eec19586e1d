import type { Command, Recognition } from './types';
import { collectEvidence, TOPIC_THRESHOLD, weigh, type Evidence, type Weighed } from './evidence';
import { askedAboutSomethingElse, onTopicItem, pooledFromOtherItems, weighItems } from './focus';
import { QUESTION } from './question';
import { COMMANDS } from './vocabulary';
import { humanRequestSignal } from './humanRequest';
import { normalizeMessage } from './clauses';
import { correctRequestWords } from './spelling';

// Teams puts "<at>Bot</at>" before channel messages; polite words around a command don't change it.
const MENTION = /<at>[^<]*<\/at>/gi;
// "need IT": the department, told from the pronoun "it" by its capitals (lost once text is normalized).
const IT_DEPARTMENT = /\b(?:need|want|get|call|ask|contact)\s+(?:the\s+|our\s+)?IT\b/u;
const POLITE = / (?:please|pls|svp|s il (?:te|vous) plait|bitte|por favor|per favore|por favor|alsjeblieft|aub|graag|bot|hi|hello|hey|お願いします|ください|주세요|请|請) /gu;

/**
 * Decides what a message is about. Pure and fast: every pattern is compiled once at load time
 * and only the first MAX_ANALYZED_CHARS characters are looked at.
 */
export function recognize(text: string): Recognition {
  const { normalized, clauses } = normalizeMessage(text.replace(MENTION, ' '));
  const command = findCommand(normalized);
  if (command) return { topic: 'none', wantsHuman: false, command, signals: [`command:${command}`] };

  const evidence = collectEvidence(normalized, QUESTION.test(text));
  const { score, signals, elsewhere } = focused(text, evidence, clauses);
  const humanSignal =
    humanRequestSignal(correctRequestWords(normalized), clauses.map(correctRequestWords)) ?? (IT_DEPARTMENT.test(text) ? 'human-request:it-department' : undefined);
  if (humanSignal) signals.push(humanSignal);
  // Asking for a person about Workfront's Outlook add-in ("the Workfront add-in" is Outlook's unless
  // another host app is named) is asking about this problem: since the legacy tokens were retired the
  // add-in has no other. (Merely naming it is not enough.)
  const personForAddin =
    humanSignal !== undefined && !elsewhere && evidence.has('workfront') && evidence.has('addin') && (evidence.has('outlook') || !evidence.has('otherHost'));
  if (personForAddin && score < TOPIC_THRESHOLD) signals.push('person-for-workfront-outlook-add-in');
  return { topic: score >= TOPIC_THRESHOLD || personForAddin ? 'token-error' : 'none', wantsHuman: humanSignal !== undefined, signals };
}

/**
 * The message's weighing, narrowed to what it is about: one item of a list, or not the background it
 * gives (`elsewhere`: the add-in is named only as the reason for a question about something else).
 */
function focused(text: string, evidence: Evidence, clauses: readonly string[]): Weighed & { elsewhere: boolean } {
  const whole = weigh(evidence);
  const offTopic = (signal: string, elsewhere: boolean) => ({ score: TOPIC_THRESHOLD - 1, signals: [...whole.signals, signal], elsewhere });
  if (whole.score >= TOPIC_THRESHOLD && askedAboutSomethingElse(evidence, clauses)) return offTopic('asked-about-something-else', true);
  // The pasted error or the token name decide for the whole message, whatever its lines say.
  const decided = evidence.tokenName !== undefined || evidence.has('exactError');
  const items = decided ? undefined : weighItems(text);
  if (whole.score >= TOPIC_THRESHOLD) {
    return items && pooledFromOtherItems(items) ? offTopic('pooled-from-other-items', true) : { ...whole, elsewhere: false };
  }
  const item = items && onTopicItem(items);
  return { ...(item ? { ...item, signals: [...item.signals, 'one-item-of-a-list'] } : whole), elsewhere: false };
}

function findCommand(normalized: string): Command | undefined {
  if (normalized.length > 80) return undefined;
  let bare = normalized;
  let previous: string;
  do {
    previous = bare;
    bare = bare.replace(POLITE, ' ');
  } while (bare !== previous);
  return COMMANDS.find(([, pattern]) => pattern.test(bare))?.[0];
}
