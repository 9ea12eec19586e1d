import { HANDOFF_CUES } from './lexicon/handoffCues';
import { HANDOFF_CLAUSES } from './lexicon/handoffClauses';
import { allOf, anyOf, near } from './patterns';
import { VOCABULARY } from './vocabulary';

const CUES = Object.values(HANDOFF_CUES);
const GRAMMARS = Object.values(HANDOFF_CLAUSES);
// A request word this close to a person word is one request ("need a technician to look at it").
const PERSON = CUES.map((cues) => allOf(cues.person));
const REQUEST = CUES.map((cues) => allOf(cues.request));
const WINDOW = 30;
const WHO_HANDLES = anyOf(CUES.flatMap((cues) => cues.who));
// "open/raise/log a ticket", "Ticket bitte aufmachen", "요청 접수": a case noun next to a creating verb.
const CASE_NOUN = GRAMMARS.map((grammar) => allOf(grammar.caseNoun));
const CASE_VERB = GRAMMARS.map((grammar) => allOf(grammar.caseVerb));
const CASE_WINDOW = 20;
const BLOCKERS = GRAMMARS.map((grammar) => anyOf(grammar.blockers));
/** Longest clause that can be a bare request ("a real person please"). */
const BARE_MAX_CHARS = 48;
const BARE = GRAMMARS.map(({ bare, filler }) => {
  const noun = `(?:${bare.join('|')})`;
  const word = `(?:${[...filler, ...bare].join('|')})`;
  // Optional spaces: Japanese, Chinese and Korean write a noun and its polite ending together.
  return new RegExp(`^ (?:${word} ?)*${noun}(?: ?${word})* $`, 'u');
});

/** Signal of the rules that work on a whole message: fixed phrases, person+request, who-handles. */
function phraseSignal(text: string): string | undefined {
  if (VOCABULARY.human.test(text)) return 'human-request';
  if (WHO_HANDLES.test(text)) return 'human-request:who-handles';
  if (near(PERSON, REQUEST, text, WINDOW)) return 'human-request:person+request';
  return undefined;
}

/** Signal of the rules that need clause edges: a bare person noun, a case to open. */
function clauseSignal(clause: string): string | undefined {
  if (clause.length <= BARE_MAX_CHARS && BARE.some((pattern) => pattern.test(clause))) return 'human-request:bare';
  if (near(CASE_NOUN, CASE_VERB, clause, CASE_WINDOW)) return 'human-request:case';
  return undefined;
}

export function isBlocked(clause: string): boolean {
  return BLOCKERS.some((pattern) => pattern.test(clause));
}

/**
 * Why a message asks for a person, as a signal name, or undefined. `normalized` is the whole
 * message, `clauses` the same message cut at sentence punctuation (see normalizedClauses).
 * A clause that reports the past, speaks of someone else, asks colleagues or says no person is
 * needed is skipped; when no clause is, the whole text is also read at once, so a request that
 * spans a comma ("Mensch, bitte") still counts.
 */
export function humanRequestSignal(normalized: string, clauses: readonly string[] = [normalized]): string | undefined {
  const whole = phraseSignal(normalized);
  // Most messages ask for no one: without a request anywhere, which clauses are blocked does not
  // matter (a phrase found in one clause is also found in the whole message), so skip the blockers.
  if (!whole && !clauses.some((clause) => clauseSignal(clause))) return undefined;
  const open = clauses.filter((clause) => !isBlocked(clause));
  if (open.length === clauses.length) {
    if (whole) return whole;
    for (const clause of open) {
      const signal = clauseSignal(clause);
      if (signal) return signal;
    }
    return undefined;
  }
  for (const clause of open) {
    const signal = phraseSignal(clause) ?? clauseSignal(clause);
    if (signal) return signal;
  }
  return undefined;
}
