import type { Lang } from '../knowledge/types';

type LatinLang = Exclude<Lang, 'ja' | 'ko' | 'zh'>;

/**
 * Frequent grammar words (articles, pronouns, prepositions, negations, auxiliaries) of each Latin
 * language, lowercase and without accents. They survive in the shortest message ("o app do celular
 * nao abre", "doet het niet") where a character n-gram detector has too little to go on, and they
 * are never the English technical terms users paste. A word listed for two languages is dropped
 * (see UNIQUE_WORDS): only words that point at one language vote.
 */
const FUNCTION_WORDS: Record<LatinLang, readonly string[]> = {
  en: ['the', 'and', 'with', 'for', 'my', 'it', 'not', 'what', 'how', 'why', 'this', 'that', 'does', 'doesn', 'don', 'isn', 'won', 'can', 'cant',
    'again', 'still', 'today', 'yesterday', 'our', 'we', 'you', 'have', 'has', 'from', 'any', 'anyone', 'just', 'keeps', 'since', 'after', 'anymore', 'when', 'where', 'i', 'im', 'is', 'are', 'to', 'of'],
  fr: ['le', 'la', 'les', 'des', 'du', 'une', 'est', 'et', 'je', 'j', 'il', 'elle', 'pas', 'ne', 'n', 'plus', 'pour', 'dans', 'sur', 'avec', 'mon',
    'ma', 'mes', 'ce', 'ca', 'qui', 'quoi', 'au', 'aux', 'depuis', 'encore', 'toujours', 'aujourd', 'matin', 'mais', 'nous', 'vous', 'c', 'd', 'l', 'qu', 's', 'tu', 'moi', 'rien', 'ds'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'mit', 'ein', 'eine', 'einen', 'dem', 'den', 'auf', 'fur', 'von', 'zu', 'wie', 'noch', 'mehr',
    'kein', 'keine', 'nix', 'nichts', 'gibt', 'gibts', 'moin', 'bei', 'beim', 'vom', 'zum', 'zur', 'heute', 'gestern', 'seit', 'wir', 'sich', 'auch', 'immer', 'schon', 'wieder', 'oder', 'aber', 'geht', 'bitte', 'hat', 'habe', 'kann', 'im', 'mein', 'meine', 'uns', 'unser'],
  es: ['el', 'los', 'las', 'del', 'y', 'es', 'con', 'para', 'por', 'una', 'se', 'me', 'mi', 'lo', 'al', 'pero', 'como', 'esta', 'muy', 'ya', 'sigue',
    'hay', 'puedo', 'tengo', 'hoy', 'ayer', 'desde', 'cuando', 'donde', 'otra', 'vez', 'nos', 'usted', 'yo', 'puede', 'pueden'],
  it: ['il', 'lo', 'gli', 'di', 'che', 'e', 'non', 'per', 'con', 'una', 'uno', 'sono', 'mi', 'si', 'ho', 'ha', 'del', 'della', 'nel', 'nella', 'piu',
    'come', 'anche', 'ancora', 'oggi', 'ieri', 'stamattina', 'stamani', 'dove', 'quando', 'perche', 'su', 'dal', 'va', 'io', 'ci', 'sempre', 'mio', 'mia', 'niente'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'um', 'uma', 'nao', 'em', 'na', 'com', 'para', 'pra', 'por', 'meu', 'minha', 'que', 'se', 'ele',
    'ela', 'eu', 'voce', 'esta', 'mais', 'ainda', 'hoje', 'ontem', 'ja', 'desde', 'ao', 'pelo', 'pela', 'isso', 'nos', 'tudo', 'sempre'],
  nl: ['het', 'een', 'niet', 'ik', 'mijn', 'van', 'op', 'met', 'voor', 'dat', 'naar', 'bij', 'wat', 'hoe', 'nog', 'ook', 'maar', 'meer',
    'kan', 'wordt', 'geen', 'weer', 'vandaag', 'gisteren', 'vanochtend', 'vanmorgen', 'mij', 'we', 'zijn', 'heb', 'heeft', 'doet', 'sinds', 'wil', 'ons', 'onze', 'jullie', 'steeds', 'iets', 'is'],
};

/**
 * Frequent words of one list that are just as frequent in another of the ten languages
 * (English "do"/"as", Portuguese and Italian "da", Spanish "su"/"ha"/"al", Italian "la"/"ma"/"i", German "es"/"du"/"die", Dutch "je"...).
 */
const SHARED_ELSEWHERE = new Set(['da', 'do', 'as', 'la', 'le', 'ma', 'l', 's', 'i', 'es', 'me', 'al', 'su', 'va', 'ha', 'uno', 'que', 'tu', 'vez', 'sempre', 'die', 'du', 'e', 'ja', 'como', 'er', 'te', 'je']);

/** Each word that belongs to exactly one language, with that language. */
const UNIQUE_WORDS: ReadonlyMap<string, LatinLang> = (() => {
  const owners = new Map<string, Set<LatinLang>>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS) as Array<[LatinLang, readonly string[]]>) {
    for (const word of words) owners.set(word, (owners.get(word) ?? new Set()).add(lang));
  }
  const unique = new Map<string, LatinLang>();
  for (const [word, langs] of owners) {
    if (langs.size === 1 && !SHARED_ELSEWHERE.has(word)) unique.set(word, [...langs][0] as LatinLang);
  }
  return unique;
})();

export interface FunctionWordVote {
  lang: LatinLang;
  /** Words that voted for the winner. */
  hits: number;
  /** Words that voted for the best other language. */
  runnerUp: number;
}

/** Lowercase, accents stripped, split into words (apostrophes split: "j'ai" -> "j", "ai"). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036F]/g, '').split(/[^a-z]+/).filter(Boolean);
}

/** The language most grammar words of the text belong to, if one leads; undefined on a tie or no vote. */
export function voteByFunctionWords(text: string): FunctionWordVote | undefined {
  const counts = new Map<LatinLang, number>();
  for (const word of wordsOf(text)) {
    const lang = UNIQUE_WORDS.get(word);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === second?.[1]) return undefined;
  return { lang: best[0], hits: best[1], runnerUp: second?.[1] ?? 0 };
}
