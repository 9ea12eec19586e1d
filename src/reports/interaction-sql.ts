import type { Interaction } from '../storage/types';
import { Bound, type Dialect } from './dialect';
import type { Query } from './figures-sql';

/**
 * Inserts one interaction with, in the same statement, when the same person last asked before it:
 * at all and with a case, in the same language, in the same phase (one scan of that person's few
 * rows, by index). A row is then that person's first of a period when its prev_* is before the
 * period: the people of any period, in any grouping, are counted by a plain range scan.
 */
export function insertInteraction(dialect: Dialect, i: Interaction): Query {
  const b = new Bound(dialect);
  const text = `INSERT INTO interactions (at, user_key, lang, phase, kind, message,
      prev_at, prev_case_at, prev_lang_at, prev_lang_case_at, prev_phase_at, prev_phase_case_at)
    SELECT ${b.v(i.at)}, ${b.v(i.userKey)}, ${b.v(i.lang)}, ${b.v(i.phase)}, ${b.v(i.kind)}, ${b.v(dialect.bool(i.message))},
      MAX(at), MAX(CASE WHEN kind = 'case' THEN at END),
      MAX(CASE WHEN lang = ${b.v(i.lang)} THEN at END), MAX(CASE WHEN lang = ${b.v(i.lang)} AND kind = 'case' THEN at END),
      MAX(CASE WHEN phase = ${b.v(i.phase)} THEN at END), MAX(CASE WHEN phase = ${b.v(i.phase)} AND kind = 'case' THEN at END)
    FROM interactions WHERE user_key = ${b.v(i.userKey)}`;
  return { text, values: b.values };
}
