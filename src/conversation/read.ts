import type { FollowUpTopic } from '../knowledge/types';
import { normalizeMessage } from '../recognition/clauses';
import { QUESTION } from '../recognition/question';
import { findTokenName } from '../recognition/tokenName';
import { VOCABULARY } from '../recognition/vocabulary';
import {
  ACK, CJK_QUESTION, ELSEWHERE, GREETING_ONLY, HOW_TO, NOT_HELPED, OPENS_QUESTION, OTHER_APPS, PERSISTENCE, POINTS_BACK, PRODUCT_EXTRA, REQUEST, TOPIC_CUES, WEAK_ANAPHORA, WEAK_TOPICS, WHAT_NOW, WHEN_ALONE,
} from './families';
import { residualWords } from './residual';
import type { ContextKind, ContextReading } from './types';

const MENTION = /<at>[^<]*<\/at>/gi;
// Emoji replies carry no letters, which normalization removes: read them from the raw text
// (skin tones and the emoji variation selector allowed, and punctuation around them).
const EMOJI_REPLY = (emoji: string): RegExp => new RegExp(`^[\\s!.]*(?:[${emoji}][\\u{FE0F}\\u{1F3FB}-\\u{1F3FF}]*[\\s!.]*)+$`, 'u');
const THUMBS_UP = EMOJI_REPLY('\\u{1F44D}\\u{1F44C}\\u{1F64F}\\u{2705}\\u{1F197}\\u{1F4AF}\\u{1F642}\\u{1F60A}\\u{1F600}\\u{1F603}\\u{263A}');
const THUMBS_DOWN = EMOJI_REPLY('\\u{1F44E}\\u{274C}\\u{1F61E}\\u{1F61F}\\u{1F615}\\u{1F641}\\u{2639}\\u{1F629}\\u{1F62B}\\u{1F620}\\u{1F621}');

type Topic = { topic: FollowUpTopic; weak: boolean } | undefined;

/**
 * What a message says, each feature computed at most once and only when the decision needs it
 * (most messages are decided by their first few features).
 */
class Message {
  readonly signals: string[] = [];
  private readonly cache = new Map<string, unknown>();

  constructor(
    readonly normalized: string,
    /** A question mark, or the ending of a Japanese, Chinese or Korean question. */
    readonly marked: boolean,
    /** A question by its form: a clause opening with a question word, or "tell me...". */
    readonly formed: boolean,
  ) {}

  private once<T>(key: string, compute: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, compute());
    return this.cache.get(key) as T;
  }

  /** The follow-up topic whose cues the message has, if any. */
  get topic(): Topic {
    return this.once('topic', () => {
      const topic = topicOf(this.normalized);
      if (topic) this.signals.push(`topic:${topic.topic}${topic.weak ? ':weak' : ''}`);
      return topic;
    });
  }

  /** The error's own words: the pasted error line or the token's name (also mistyped or cut short). */
  get errorNamed(): boolean {
    return this.once('errorNamed', () => VOCABULARY.exactError.test(this.normalized) || findTokenName(this.normalized) !== undefined);
  }

  /** The error, the admin switch, legacy tokens, or a token when no other kind or other add-in is named (GitHub, MFA, Jira). */
  get tokenWords(): boolean {
    return this.once('tokenWords', () => {
      const n = this.normalized;
      const ourToken = VOCABULARY.token.test(n) && !VOCABULARY.otherToken.test(n) && !VOCABULARY.otherAddin.test(n);
      return this.errorNamed || VOCABULARY.adminSwitch.test(n) || VOCABULARY.legacyToken.test(n) || ourToken;
    });
  }

  /** Words only this problem has: Workfront, its token, the pasted error, the admin switch. */
  get own(): boolean {
    return this.once('own', () => VOCABULARY.workfront.test(this.normalized) || this.tokenWords);
  }

  /** Products this problem shares with others: Outlook, email, add-ins, Microsoft, Adobe, Exchange, legacy. */
  get product(): boolean {
    return this.once('product', () => {
      const n = this.normalized;
      return VOCABULARY.outlook.test(n) || VOCABULARY.addin.test(n) || VOCABULARY.microsoft.test(n) || VOCABULARY.exchange.test(n) || VOCABULARY.legacy.test(n) || PRODUCT_EXTRA.test(n);
    });
  }

  /** Sign-in failure and error words: any problem has them, this one too. */
  get failing(): boolean {
    return this.once('failing', () => VOCABULARY.failure.test(this.normalized) || VOCABULARY.error.test(this.normalized) || VOCABULARY.unexpectedError.test(this.normalized));
  }

  get pointsBack(): boolean {
    return this.once('pointsBack', () => POINTS_BACK.test(this.normalized));
  }

  /** The words that are neither grammar nor known vocabulary: a subject of the message's own. */
  get residual(): string[] {
    return this.once('residual', () => {
      const words = residualWords(this.normalized);
      this.signals.push(`residual:${words.length}`);
      return words;
    });
  }
}

/**
 * Reads a message sent right after the bot answered about the token error, in that context: short
 * and elliptical messages ("will it come back?", "et sur mobile ?", "还是不行") are about the problem,
 * while a subject of its own (the canteen, the VPN, another app) is not a follow-up. Pure and fast:
 * every pattern is compiled once at load time.
 */
export function readInContext(text: string): ContextReading {
  const bare = text.replace(MENTION, ' ');
  if (THUMBS_UP.test(bare)) return { kind: 'ack', signals: ['ack:emoji'] };
  if (THUMBS_DOWN.test(bare)) return { kind: 'not-helped', signals: ['not-helped:emoji'] };
  const { normalized, clauses } = normalizeMessage(bare);
  const requested = REQUEST.test(normalized);
  const formed = requested || clauses.some((clause) => OPENS_QUESTION.test(clause)) || CJK_QUESTION.test(normalized);
  const message = new Message(normalized, QUESTION.test(text), formed);
  const { signals, marked } = message;
  const asking = marked || formed;
  if (marked) signals.push('question-mark');
  if (formed) signals.push('question-form');
  const result = (reading: ContextKind, signal?: string): ContextReading =>
    ({ ...reading, signals: signal ? [...signals, signal] : signals }) as ContextReading;

  const elsewhere = elsewhereSignal(message);
  if (elsewhere) return result({ kind: 'unrelated', anotherSubject: true }, elsewhere);
  // The topic is read only when the decision needs it: thanks and "still broken" do not.
  const strongTopic = asking ? message.topic : undefined;
  if (strongTopic && !strongTopic.weak) return result({ kind: 'question', topic: strongTopic.topic });

  const ack = ackSignal(normalized, clauses);
  const notHelped = notHelpedSignal(normalized, clauses, ack !== undefined, asking && HOW_TO.test(normalized));
  // "why doesn't it work?" asks the cause; "why is it STILL not working?" reports that the answer did not help.
  const asksWhyItFails = asking && message.topic?.weak && notHelped === NEGATED_EFFECT && !PERSISTENCE.test(normalized);
  if (notHelped && !asksWhyItFails) return result({ kind: 'not-helped' }, notHelped);
  // Thanks said while asking ("please tell me how, thanks") is politeness, not an acknowledgement.
  if (ack && !marked && !requested && !(formed && message.topic)) return result({ kind: 'ack' }, ack);
  const { topic } = message;
  if (topic && (asking || !hasOwnSubject(message))) return result({ kind: 'question', topic: topic.topic });
  return unansweredQuestionOrElse(message, result);
}

/** The first topic whose cues the message has; "why" and "what now" only when no other topic matches. */
function topicOf(normalized: string): Topic {
  if (WHEN_ALONE.test(normalized)) return { topic: 'when-fixed', weak: false };
  for (const [topic, cue] of TOPIC_CUES) {
    if (cue.test(normalized)) return { topic, weak: WEAK_TOPICS.has(topic) };
  }
  return WHAT_NOW.test(normalized) ? { topic: 'alternatives', weak: true } : undefined;
}

/**
 * A subject of its own: the canteen, holidays, the printer (never a follow-up, even next to Workfront's
 * name); another Workfront area; a greeting or a question about the bot; another add-in, app, token or
 * Workfront product, unless the message points back at the problem ("is the Salesforce add-in affected
 * by this too?"). The error's own words (the token, the pasted error) keep a message on this problem.
 */
function elsewhereSignal(message: Message): string | undefined {
  const n = message.normalized;
  if (message.tokenWords) return undefined;
  // The canteen, holidays, the printer: never this problem, even next to Workfront's name.
  if (!message.product && ELSEWHERE.test(n)) return 'elsewhere';
  // Workfront named for another of its areas (timesheets, proofing, reports): that area's problem,
  // unless a question about one of the answers' topics is asked ("can I still log my hours in the browser?").
  const workfrontArea = message.own && !message.product && !message.pointsBack && VOCABULARY.otherWorkfront.test(n);
  if (workfrontArea && !(message.topic && !message.topic.weak)) return 'other-workfront-area';
  if (message.own) return undefined;
  if (GREETING_ONLY.test(n)) return 'greeting';
  if (message.pointsBack) return undefined;
  if (VOCABULARY.otherAddin.test(n)) return 'other-addin';
  if (!message.product && OTHER_APPS.test(n)) return 'other-app';
  if (VOCABULARY.otherToken.test(n)) return 'other-token';
  if (VOCABULARY.otherWorkfrontProduct.test(n)) return 'other-workfront-product';
  return undefined;
}

const NEGATED_EFFECT = 'not-helped:negated-effect';

function notHelpedSignal(normalized: string, clauses: readonly string[], thanked: boolean, howTo: boolean): string | undefined {
  if (NOT_HELPED.bareNo.test(normalized)) return 'not-helped:no';
  if (!thanked && clauses.length > 1 && NOT_HELPED.bareNo.test(clauses[0] ?? '')) return 'not-helped:no-first';
  if (NOT_HELPED.noChange.test(normalized)) return 'not-helped:no-change';
  if (NOT_HELPED.negatedEffect.test(normalized)) return NEGATED_EFFECT;
  // "how do I make users sign in again every 8 hours?" asks something; it does not report a failure.
  if (!howTo && NOT_HELPED.persistentFailure.test(normalized)) return 'not-helped:still-failing';
  if (NOT_HELPED.negatedOkay.test(normalized)) return 'not-helped:unsure';
  return undefined;
}

function ackSignal(normalized: string, clauses: readonly string[]): string | undefined {
  if (ACK.worksNow.test(normalized)) return 'ack:works-now';
  if (ACK.thanks.test(normalized) && !ACK.thanksAhead.test(normalized)) return 'ack:thanks';
  if (ACK.okay.test(normalized) || clauses.some((clause) => ACK.okayClause.test(clause))) return 'ack:ok';
  return undefined;
}

/**
 * A statement with a subject of its own ("my laptop won't start any more", "I can't attach files in
 * Workfront in the browser"): a topic word in it ("any more", "browser") is not a question about the answer.
 */
function hasOwnSubject(message: Message): boolean {
  if (message.pointsBack || message.residual.length < 2) return false;
  message.signals.push('statement-of-its-own');
  return true;
}

/**
 * No topic, no thanks, no report that it failed. A question about the problem none of the answers
 * covers is one that points back at it, names it, or brings no subject of its own ("and then?");
 * otherwise the message is about something else. A statement naming the problem is passed on as a
 * question a person can answer; failure words alone ("error", "broken") say it still fails.
 */
function unansweredQuestionOrElse(message: Message, result: (reading: ContextKind, signal: string) => ContextReading): ContextReading {
  const { own, product, failing, pointsBack, normalized } = message;
  // Another part of Workfront: an area the recognizer knows (timesheets, reports; here when a topic word
  // in the statement kept it from being caught earlier), or a how-to with words of its own ("how do I
  // change the language of my Workfront profile?").
  const workfrontOnly = own && !message.tokenWords && !product && !failing && !pointsBack;
  if (workfrontOnly && (VOCABULARY.otherWorkfront.test(normalized) || (HOW_TO.test(normalized) && message.residual.length > 0))) {
    return result({ kind: 'unrelated', anotherSubject: true }, 'other-workfront-area');
  }
  // The residual words are the costliest feature: read last, and only when the rest leaves it open.
  const saysNothingElse = (): boolean => message.residual.length === 0;
  if (message.marked || message.formed) {
    const weakPointer = (): boolean => WEAK_ANAPHORA.test(normalized) && message.residual.length <= 1;
    const about = own || product || failing || pointsBack || weakPointer() || saysNothingElse();
    return about ? result({ kind: 'question', topic: undefined }, 'about-the-problem') : result({ kind: 'unrelated', anotherSubject: false }, 'own-subject');
  }
  // The error pasted or named again, after the answer: it is still there.
  if (message.errorNamed) return result({ kind: 'not-helped', errorAgain: true }, 'not-helped:error-again');
  if (own || (product && saysNothingElse())) return result({ kind: 'question', topic: undefined }, 'statement-about-the-problem');
  if (failing && saysNothingElse()) return result({ kind: 'not-helped' }, 'not-helped:failure-words');
  return result({ kind: 'unrelated', anotherSubject: false }, 'own-subject');
}
