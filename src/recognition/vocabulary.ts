import type { Command } from './types';
import { GLOBAL, LEXICONS, type Lexicon } from './lexicon';
import { anyOf, wholeOf } from './patterns';

type ListKey = Exclude<keyof Lexicon, 'lang' | 'commands'>;

/** Anything with a RegExp-style test(); a union is several regexes tried in turn. */
export interface Matcher {
  test(text: string): boolean;
}

/**
 * One regex per language rather than one for all ten: past a certain size V8 stops compiling a
 * regex to machine code and interprets it, which made one big alternation ~10x slower.
 */
function union(key: ListKey, extra: readonly string[] = [], alsoKey?: ListKey): Matcher {
  const sources = (lexicon: Lexicon): readonly string[] => [...(lexicon[key] ?? []), ...(alsoKey ? (lexicon[alsoKey] ?? []) : [])];
  return anyPart([extra, ...LEXICONS.map(sources)].filter((list) => list.length > 0).map((list) => anyOf(list)));
}

/** Several regexes tried in turn, as one matcher. */
function anyPart(parts: readonly RegExp[]): Matcher {
  return { test: (text) => parts.some((part) => part.test(text)) };
}

/** Up to two words between two Latin words; a few characters between CJK ones (no spaces there). */
const GAP = '(?: [a-z]+){0,2} |[^ a-z]{0,4} ?';

/**
 * A `legacy` word right next to a `token` word, in either order, within each language (plus the English
 * "token" users write in every language): "old tokens", "tokens heredados", "旧版令牌", not an old phone
 * and a bank token in the same message.
 */
function legacyNextToToken(): Matcher {
  return anyPart(
    LEXICONS.map((lexicon) => {
      const legacy = `(?:${lexicon.legacy.join('|')})`;
      const token = `(?:${[...lexicon.token, 'tokens?'].join('|')})`;
      return anyOf([`${legacy}(?:${GAP})${token}`, `${token}(?:${GAP})${legacy}`]);
    }),
  );
}

/**
 * Every vocabulary category compiled once into one regex over all ten languages: users mix
 * languages (a French sentence around an English error), so evidence is counted language-blind.
 */
export const VOCABULARY = {
  exactError: anyOf(GLOBAL.exactError),
  workfront: union('workfront', GLOBAL.workfront),
  outlook: union('outlook', GLOBAL.outlook),
  addin: union('addin', GLOBAL.addin),
  exchange: anyOf(GLOBAL.exchange),
  retirementDate: anyOf(GLOBAL.retirementDate),
  microsoft: anyOf(GLOBAL.microsoft),
  adminSwitch: anyOf(GLOBAL.adminSwitch),
  authPolicy: anyOf(GLOBAL.authPolicy),
  basicAuth: anyOf(GLOBAL.basicAuth),
  admin: anyOf(GLOBAL.admin),
  token: union('token'),
  identity: union('identity'),
  failure: union('failure'),
  error: union('error'),
  unexpectedError: union('unexpectedError'),
  legacy: union('legacy'),
  legacyToken: legacyNextToToken(),
  // Admin wording: the admin nouns, and every way of turning it back on.
  reenable: union('reenable', [], 'switchBackOn'),
  switchBackOn: union('switchBackOn'),
  exception: union('exception'),
  replacement: union('replacement'),
  human: union('human'),
  otherWorkfront: union('otherWorkfront'),
  otherWorkfrontProduct: anyOf(GLOBAL.otherWorkfrontProducts),
  resolved: union('resolved'),
  announcement: union('announcement'),
  firstPerson: union('firstPerson'),
  notWorkfront: union('notWorkfront'),
  workaround: union('workaround'),
  howTo: union('howTo'),
  otherAddin: anyOf(GLOBAL.otherAddins),
  otherToken: anyOf(GLOBAL.otherTokens),
  otherHost: anyOf(GLOBAL.otherHosts),
} as const;

export type VocabularyCategory = keyof typeof VOCABULARY;

const COMMAND_NAMES: readonly Command[] = ['help', 'status', 'cancel', 'cases', 'register-channel'];

/** Whole-message command patterns, all languages per command. */
export const COMMANDS: ReadonlyArray<readonly [Command, RegExp]> = COMMAND_NAMES.map(
  (command) => [command, wholeOf(LEXICONS.flatMap((lexicon) => lexicon.commands[command]))] as const,
);
