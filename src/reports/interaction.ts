import type { Interaction } from '../storage/types';

/** The parts of a turn an interaction row is made of (no text). */
interface Asked {
  facts: { userKey: string; text: string };
  lang: string;
  now: Date;
}

/**
 * The row a handled request adds to the interaction log, committed with the turn. A click on the
 * answer card reaches the bot without words of its own: it counts as asking, not as a message.
 */
export function interactionOf(turn: Asked, phase: string, kind: Interaction['kind']): Interaction {
  return { at: turn.now.toISOString(), userKey: turn.facts.userKey, lang: turn.lang, phase, kind, message: turn.facts.text !== '' };
}
