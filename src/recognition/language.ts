import { detectAll } from 'tinyld';
import { isLang, LANGS, type Lang } from '../knowledge/types';
import type { LanguageChoice } from './types';
import { MAX_ANALYZED_CHARS } from './normalize';
import { voteByFunctionWords } from './functionWords';
import { LEXICONS } from './lexicon';
import { normalize } from './normalize';
import { anyOf } from './patterns';
import { correctProductNames, PRODUCT_NAMES } from './spelling';

const KANA = /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9D]/gu;
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/gu;
const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/gu;
const LETTER = /\p{L}/gu;

/**
 * Strings that are the same in every language (the pasted English error, product names, cmdlets,
 * URLs, camelCase identifiers): removed before detection so they do not outweigh the user's words.
 */
const TECHNICAL = [
  /https?:\/\/\S+/gi,
  /\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b/gi, // request and correlation ids
  /\b(?:request|correlation|session|client)[ -]?id\b/gi,
  /\b\d{1,4}[/.:-]\d{1,2}(?:[/.:-]\d{1,4})?\b/g, // dates and times
  /\S+@\S+\.\S+/g,
  /unexpected error/gi,
  /unable to get (?:the )?outlook ?identity ?token/gi,
  /\b(?:outlook[\s_.-]*)?identi?ty[\s_.-]*token\b/gi,
  /\b[\w-]*(?:[a-z][A-Z]|[A-Z]{2,}[a-z])[\w-]*\b/g, // camelCase / PascalCase identifiers
  /\b(?:[A-Z]\w*-){1,}\w+\b/g, // cmdlets such as Set-AuthenticationPolicy
  /\b(?:adobe )?workfront for outlook\b/gi, // the product's English name, whatever language is around it
  /\b(?:adobe|workfront|outlook|microsoft|exchange|online|office|m365|o365|365|powershell|teams|windows|add-?ins?|plug-?ins?|tokens?|api|admin|ok|okay|hi|hello|thanks|thx|pls)\b/gi,
];

const LATIN_LANGS = LANGS.filter((lang) => !['ja', 'ko', 'zh'].includes(lang));

/** Below this many letters (after removing technical strings) text is too short to tell. */
const MIN_LETTERS = 12;
/** tinyld must be at least this confident, and beat the locale's language clearly, to win. */
const MIN_CONFIDENCE = 0.1;
const LOCALE_TIE_RATIO = 0.6;
const MIN_LEADING_CONFIDENCE = 0.05;
const LEAD_RATIO = 1.5;
/** Grammar words of one language needed to decide before the n-gram detector. */
const DECISIVE_VOTES = 2;

export function langFromLocale(locale?: string): Lang | undefined {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : undefined;
}

/**
 * The language to answer in: CJK scripts decide first; then the user's own words (technical
 * strings removed): grammar words of one language, else an n-gram detector, else a single grammar
 * word; then the Teams locale when the text is too short or ambiguous; then English.
 */
export function chooseLanguage(text: string, locale?: string): LanguageChoice {
  const sample = text.slice(0, MAX_ANALYZED_CHARS).normalize('NFKC');
  const fromLocale = langFromLocale(locale);
  const byScript = languageByScript(sample);
  if (byScript) return { lang: byScript, source: 'text' };

  const words = stripTechnical(sample);
  const vote = voteByFunctionWords(words);
  // Several grammar words of one language and few of any other outweigh n-gram statistics,
  // which mislead on short sentences full of English product terms.
  if (vote && vote.hits >= DECISIVE_VOTES && vote.hits >= 2 * vote.runnerUp + 1) return { lang: vote.lang, source: 'text' };
  const letters = words.match(LETTER)?.length ?? 0;
  if (letters >= MIN_LETTERS) {
    const detected = detectLatin(words, fromLocale);
    if (detected) return { lang: detected, source: 'text' };
  }
  if (vote && vote.runnerUp === 0) return { lang: vote.lang, source: 'text' };
  const byLexicon = languageByLexicon(words);
  if (byLexicon) return { lang: byLexicon, source: 'text' };
  const byWord = languageByShortWords(words);
  if (byWord) return { lang: byWord, source: 'text' };
  if (fromLocale) return { lang: fromLocale, source: 'locale' };
  return { lang: 'en', source: 'default' };
}

/**
 * Greetings and thanks that belong to one language only: enough to tell a short message
 * ("merci", "danke schön") from the locale. Words shared by several languages are left out.
 */
const SHORT_WORDS: ReadonlyArray<readonly [Lang, RegExp]> = [
  ['en', /\b(?:thanks|thank you|cheers|good morning|good evening)\b/i],
  ['fr', /\b(?:merci|bonjour|bonsoir|salut|svp|aidez|d'accord)\b/i],
  ['de', /\b(?:danke|hallo|guten|tschüss|bitte|servus)\b/i],
  ['es', /\b(?:gracias|hola|buenos|buenas|vale)\b/i],
  ['it', /\b(?:grazie|ciao|buongiorno|buonasera|prego)\b/i],
  ['pt', /\b(?:obrigad[oa]|olá|oi|bom dia|boa tarde|valeu)\b/i],
  ['nl', /\b(?:bedankt|dank ?je(?:wel)?|hoi|goedemorgen|goedemiddag|alsjeblieft)\b/i],
];

/**
 * The problem's own vocabulary, per Latin-script language (failure, error, request, deadline
 * words...): in a message too short for statistics ("foutmelding: …", "parou de logar") the one
 * language whose words it uses. Two or more languages matching tells nothing.
 */
const PROBLEM_WORDS: ReadonlyArray<readonly [Lang, RegExp]> = LEXICONS.filter((lexicon) => LATIN_LANGS.includes(lexicon.lang)).map(
  (lexicon) => [lexicon.lang, anyOf([...lexicon.failure, ...lexicon.error, ...lexicon.unexpectedError, ...lexicon.human, ...lexicon.legacy, ...lexicon.exception])] as const,
);

function languageByLexicon(words: string): Lang | undefined {
  const normalized = normalize(words);
  const found = PROBLEM_WORDS.filter(([, pattern]) => pattern.test(normalized));
  return found.length === 1 ? found[0]?.[0] : undefined;
}

function languageByShortWords(words: string): Lang | undefined {
  const found = SHORT_WORDS.filter(([, pattern]) => pattern.test(words));
  return found.length === 1 ? found[0]?.[0] : undefined;
}

/** Kana means Japanese, Hangul Korean, Han without kana Chinese; when they dominate the letters. */
function languageByScript(sample: string): Lang | undefined {
  const kana = sample.match(KANA)?.length ?? 0;
  const hangul = sample.match(HANGUL)?.length ?? 0;
  const han = sample.match(HAN)?.length ?? 0;
  if (hangul > 0 && hangul >= kana) return 'ko';
  if (kana > 0) return 'ja';
  if (han > 0) return 'zh';
  return undefined;
}

const WORD = /\p{L}{5,}/gu;

/** Technical strings removed, and the product names also when mistyped ("workfornt", "outlok"). */
function stripTechnical(sample: string): string {
  const rest = TECHNICAL.reduce((text, pattern) => text.replace(pattern, ' '), sample);
  return rest.replace(WORD, (word) => (PRODUCT_NAMES.includes(correctProductNames(word.toLowerCase())) ? ' ' : word));
}

function detectLatin(words: string, fromLocale: Lang | undefined): Lang | undefined {
  const ranked = detectAll(words, { only: LATIN_LANGS }).filter((entry) => isLang(entry.lang));
  const best = ranked[0];
  if (!best) return undefined;
  // Short texts get low absolute scores: a weak first place still counts when it clearly leads.
  const second = ranked[1]?.accuracy ?? 0;
  const clearLead = best.accuracy >= MIN_LEADING_CONFIDENCE && best.accuracy >= LEAD_RATIO * second;
  if (best.accuracy < MIN_CONFIDENCE && !clearLead) return undefined;
  // A close second that matches the UI locale wins: es/pt, nl/de, fr/it are easily confused.
  const localeEntry = ranked.find((entry) => entry.lang === fromLocale);
  if (localeEntry && localeEntry.accuracy >= best.accuracy * LOCALE_TIE_RATIO) return fromLocale;
  return best.lang as Lang;
}
