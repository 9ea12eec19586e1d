import { normalizeMessage } from '../recognition/clauses';
import { QUESTION } from '../recognition/question';
import { VOCABULARY } from '../recognition/vocabulary';
import { compact } from '../recognition/normalize';
import type { FollowUpTopic } from '../knowledge/types';
import {
  ACK, CJK_QUESTION, ELSEWHERE, GLOBAL, NOT_HELPED, OPENS_QUESTION, POINTS_BACK, REQUEST, TOPIC_CUES, WEAK_ANAPHORA, WEAK_TOPICS, WHAT_NOW, WHEN_ALONE,
} from './families';
import { residualWords } from './residual';
import type { ContextReading } from './types';

const MENTION = /<at>[^<]*<\/at>/gi;

/** What the message says, as the decision below needs it. Pure functions of the text. */
interface Reading {
  normalized: string;
  signals: string[];
  /** A question mark, or the ending of a Japanese, Chinese or Korean question. */
  marked: boolean;
  /** A question by its form: a clause opening with a question word, or "tell me...". */
  formed: boolean;
  topic: { topic: FollowUpTopic; weak: boolean } | undefined;
}

/**
 * Reads a message sent right after the bot answered about the token error, in that context: short
 * and elliptical messages ("will it come back?", "et sur mobile ?", "还是不行") are about the problem,
 * while a subject of its own (the canteen, the VPN, another app) is not a follow-up. Pure and fast:
 * every pattern is compiled once at load time.
 */
export function readInContext(text: string): ContextReading {
  const { normalized, clauses } = normalizeMessage(text.replace(MENTION, ' '));
  const reading: Reading = {
    normalized,
    signals: [],
    marked: QUESTION.test(text),
    formed: clauses.some((clause) => OPENS_QUESTION.test(clause)) || CJK_QUESTION.test(normalized) || REQUEST.test(normalized),
    topic: topicOf(normalized),
  };
  const { signals, marked, formed, topic } = reading;
  if (marked) signals.push('question-mark');
  if (formed) signals.push('question-form');
  if (topic) signals.push(`topic:${topic.topic}${topic.weak ? ':weak' : ''}`);

  const elsewhere = elsewhereSignal(normalized);
  if (elsewhere) return { kind: 'unrelated', signals: [...signals, elsewhere] };
  if (topic && !topic.weak && (marked || formed)) return { kind: 'question', topic: topic.topic, signals };

  const notHelped = notHelpedSignal(normalized);
  if (notHelped) return { kind: 'not-helped', signals: [...signals, notHelped] };
  const ack = ackSignal(normalized);
  if (ack && !marked && !(formed && topic)) return { kind: 'ack', signals: [...signals, ack] };
  if (topic && (marked || formed || !hasOwnSubject(reading))) return { kind: 'question', topic: topic.topic, signals };
  return unansweredQuestionOrElse(reading);
}

/**
 * A statement with a subject of its own and no word of this problem ("my laptop won't start any
 * more"): a topic cue in it ("any more") is not a question about the answer.
 */
function hasOwnSubject({ normalized, signals }: Reading): boolean {
  if (ownAnchor(normalized) || productAnchor(normalized) || POINTS_BACK.test(normalized)) return false;
  const residual = residualWords(normalized);
  if (residual.length < 2) return false;
  signals.push('statement-of-its-own');
  return true;
}

/** The first topic whose cues the message has; "why" and "what now" only when no other topic matches. */
function topicOf(normalized: string): Reading['topic'] {
  if (WHEN_ALONE.test(normalized)) return { topic: 'when-fixed', weak: false };
  for (const [topic, cue] of TOPIC_CUES) {
    if (cue.test(normalized)) return { topic, weak: WEAK_TOPICS.has(topic) };
  }
  return WHAT_NOW.test(normalized) ? { topic: 'alternatives', weak: true } : undefined;
}

/** Words only this problem has: Workfront, its token, the pasted error, the admin switch. */
function ownAnchor(normalized: string): boolean {
  return (
    VOCABULARY.workfront.test(normalized) || VOCABULARY.token.test(normalized) || VOCABULARY.exactError.test(normalized) ||
    VOCABULARY.adminSwitch.test(normalized) || compact(normalized).includes(GLOBAL.tokenName)
  );
}

/** Products and words this problem shares with others: Outlook, add-ins, Microsoft, Exchange, legacy. */
function productAnchor(normalized: string): boolean {
  return (
    VOCABULARY.outlook.test(normalized) || VOCABULARY.addin.test(normalized) || VOCABULARY.microsoft.test(normalized) ||
    VOCABULARY.exchange.test(normalized) || VOCABULARY.legacy.test(normalized)
  );
}

/** Sign-in failure and error words: any problem has them, this one too. */
function problemWords(normalized: string): boolean {
  return VOCABULARY.failure.test(normalized) || VOCABULARY.error.test(normalized) || VOCABULARY.unexpectedError.test(normalized);
}

/**
 * A subject of its own, without a word of this problem: the canteen, holidays, the printer (never a
 * follow-up); another add-in, another token or another Workfront area unless the message points back
 * at the problem ("is the Salesforce add-in affected by this too?").
 */
function elsewhereSignal(normalized: string): string | undefined {
  if (ownAnchor(normalized)) return undefined;
  if (ELSEWHERE.test(normalized)) return 'elsewhere';
  if (POINTS_BACK.test(normalized)) return undefined;
  if (VOCABULARY.otherAddin.test(normalized)) return 'other-addin';
  if (VOCABULARY.otherToken.test(normalized)) return 'other-token';
  if (VOCABULARY.otherWorkfrontProduct.test(normalized)) return 'other-workfront-product';
  return undefined;
}

function notHelpedSignal(normalized: string): string | undefined {
  if (NOT_HELPED.bareNo.test(normalized)) return 'not-helped:no';
  if (NOT_HELPED.noChange.test(normalized)) return 'not-helped:no-change';
  if (NOT_HELPED.negatedEffect.test(normalized)) return 'not-helped:negated-effect';
  if (NOT_HELPED.persistentFailure.test(normalized)) return 'not-helped:still-failing';
  if (NOT_HELPED.negatedOkay.test(normalized)) return 'not-helped:unsure';
  return undefined;
}

function ackSignal(normalized: string): string | undefined {
  if (ACK.worksNow.test(normalized)) return 'ack:works-now';
  if (ACK.thanks.test(normalized)) return 'ack:thanks';
  if (ACK.okay.test(normalized)) return 'ack:ok';
  return undefined;
}

/**
 * No topic, no thanks, no report that it failed. A question about the problem none of the answers
 * covers is one that points back at it, names it, or brings no subject of its own ("and then?");
 * otherwise the message is about something else. A statement naming the problem is passed on as a
 * question a person can answer; failure words alone ("error", "broken") say it still fails.
 */
function unansweredQuestionOrElse({ normalized, signals, marked, formed }: Reading): ContextReading {
  const own = ownAnchor(normalized);
  const product = productAnchor(normalized);
  const failing = problemWords(normalized);
  const pointsBack = POINTS_BACK.test(normalized);
  const residual = residualWords(normalized);
  const weakPointer = WEAK_ANAPHORA.test(normalized) && residual.length <= 1;
  signals.push(`residual:${residual.length}`);
  // Workfront named for another of its areas ("how do I export a report from Workfront?") is another subject.
  if (own && !product && !failing && !pointsBack && VOCABULARY.otherWorkfront.test(normalized) && !VOCABULARY.token.test(normalized)) {
    return { kind: 'unrelated', signals: [...signals, 'other-workfront-area'] };
  }
  if (marked || formed) {
    const about = own || product || failing || pointsBack || weakPointer || residual.length === 0;
    return about ? { kind: 'question', topic: undefined, signals: [...signals, 'about-the-problem'] } : { kind: 'unrelated', signals: [...signals, 'own-subject'] };
  }
  if (own || (product && residual.length === 0)) return { kind: 'question', topic: undefined, signals: [...signals, 'statement-about-the-problem'] };
  if (failing && residual.length === 0) return { kind: 'not-helped', signals: [...signals, 'not-helped:failure-words'] };
  return { kind: 'unrelated', signals: [...signals, 'own-subject'] };
}
