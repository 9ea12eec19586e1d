import { GLOBAL, LEXICONS, type Lexicon } from '../recognition/lexicon';
import { allOf } from '../recognition/patterns';
import { CJK } from './families';
import { CONTEXT_LEXICONS, type ContextLexicon } from './lexicon';

/** Every word list of a lexicon, as pattern sources. */
function listsOf<T extends object>(lexicon: T, skip: ReadonlySet<keyof T>): string[] {
  return Object.entries(lexicon).flatMap(([key, value]) => (Array.isArray(value) && !skip.has(key as keyof T) ? (value as string[]) : []));
}

const topicsOf = (lexicon: ContextLexicon): string[] => Object.values(lexicon.topics).flat();
const NOT_KNOWN: ReadonlySet<keyof ContextLexicon> = new Set(['grammar', 'elsewhere', 'filler']);
/** The recognizer's vocabulary of this problem (not its long lists of requests for a person or of other subjects). */
const PROBLEM_LISTS: ReadonlyArray<keyof Lexicon> = [
  'workfront', 'outlook', 'addin', 'token', 'identity', 'failure', 'error', 'unexpectedError', 'legacy', 'reenable', 'switchBackOn', 'replacement', 'exception', 'resolved',
];

/**
 * Everything the bot knows a word of, per language: the context families, the recognizer's vocabulary
 * of this problem, and the product names. What a message says beyond these and grammar is its own
 * subject. Two regexes per language: one alternation of everything would be too large for V8 to compile.
 */
function knownWords(lexicons: readonly ContextLexicon[]): RegExp[] {
  return [
    ...lexicons.flatMap((lexicon) => {
      const recognizer = LEXICONS.find((other) => other.lang === lexicon.lang);
      const problem = recognizer ? PROBLEM_LISTS.flatMap((key) => (recognizer[key] as readonly string[] | undefined) ?? []) : [];
      return [allOf([...listsOf(lexicon, NOT_KNOWN), ...topicsOf(lexicon)]), allOf(problem)];
    }),
    allOf([...GLOBAL.workfront, ...GLOBAL.outlook, ...GLOBAL.addin, ...GLOBAL.microsoft, ...GLOBAL.exchange, ...GLOBAL.admin, ...GLOBAL.exactError, ...GLOBAL.adminSwitch]),
  ];
}
// A message in Latin script is read with the Latin languages' words, one with CJK text with those of
// Japanese, Korean and Chinese (whose lists also hold the English IT words users mix in).
const KNOWN_LATIN = knownWords(CONTEXT_LEXICONS.filter((l) => !CJK.has(l.lang)));
const KNOWN_CJK = knownWords(CONTEXT_LEXICONS.filter((l) => CJK.has(l.lang)));
const NOT_LATIN = /[^\u0000-\u024F ]/u;

const LATIN_GRAMMAR: ReadonlySet<string> = new Set(CONTEXT_LEXICONS.filter((l) => !CJK.has(l.lang)).flatMap((l) => l.grammar));
const grammarOf = (lang: string): string[] => CONTEXT_LEXICONS.find((l) => l.lang === lang)?.grammar ?? [];
const KO_GRAMMAR: ReadonlySet<string> = new Set(grammarOf('ko'));
// Longest first: 今天 before 今.
const CJK_GRAMMAR = allOf([...grammarOf('ja'), ...grammarOf('zh')].sort((a, b) => b.length - a.length));
/** Chinese function characters (particles, pronouns, auxiliaries, frequent verbs of no subject). */
const ZH_FUNCTION = /[的了吗嗎呢吧啊呀是不在有我你他她它们們这這那个個么麼什怎为為会會能可以要也都就还還和跟与與或但很太好请請问問一下到得着著过過把被让讓给給从從又再对對说說用没沒想做去来來看]/gu;
const HIRAGANA = /[\u3040-\u309F]+/gu;
const KANA = /[\u3040-\u30FF]/u;
/** A run of Han characters or katakana: a content word in Japanese or Chinese. */
const CJK_RUN = /[\u4E00-\u9FFF\u3400-\u4DBF\u30A0-\u30FF]{2,}/gu;
const HANGUL_WORD = /[\uAC00-\uD7AF]+/gu;
// Korean particles at a word's end, longest first; a word ending like a verb or adjective names no subject.
const KO_PARTICLE = /(?:에서는|에서|으로|로는|에게|한테|이랑|하고|까지|부터|처럼|은|는|이|가|을|를|에|도|만|의|로|와|과|랑)$/u;
const KO_PREDICATE = /(?:요|다|까|죠|네|고|서|면|데|지만|어|아|해|돼|됨|함|나|니|지|게|음|세요|습니다|ㅂ니다)$/u;

/**
 * The words of a message that are neither grammar nor known vocabulary: the subject it brings of its
 * own ("canteen menu", "laptop slow"). Empty for "when will it be fixed?" or "ça va revenir ?".
 */
export function residualWords(normalized: string): string[] {
  const cjk = NOT_LATIN.test(normalized);
  // Short follow-ups are often grammar and known words only: then no known word needs to be cut out.
  if (!cjk && !(normalized.match(/[a-z]{3,}/g) ?? []).some((word) => !LATIN_GRAMMAR.has(word))) return [];
  let rest = normalized;
  for (const known of cjk ? KNOWN_CJK : KNOWN_LATIN) rest = rest.replace(known, ' ');
  const words: string[] = [];
  for (const word of rest.match(/[a-z]+/g) ?? []) {
    if (word.length >= 3 && !LATIN_GRAMMAR.has(word)) words.push(word);
  }
  for (const word of rest.match(HANGUL_WORD) ?? []) {
    if (KO_PREDICATE.test(word)) continue;
    const stem = word.replace(KO_PARTICLE, '');
    if (stem.length >= 2 && !KO_GRAMMAR.has(stem)) words.push(stem);
  }
  if (!cjk) return words;
  const content = rest.replace(CJK_GRAMMAR, ' ');
  const runs = (KANA.test(normalized) ? content.replace(HIRAGANA, ' ') : content.replace(ZH_FUNCTION, ' ')).match(CJK_RUN) ?? [];
  return [...words, ...runs];
}
