import { chooseLanguage } from './language';
import { recognize } from './recognize';

/**
 * Runs the given texts through recognition once, before the first user does: V8 compiles each of the
 * lexicon's regexes on its first use, which made the first messages after a start 70-120 ms slower
 * than the rest. Returns how many texts were read.
 */
export function warmUpRecognition(texts: readonly string[]): number {
  for (const text of texts) {
    recognize(text);
    chooseLanguage(text);
  }
  return texts.length;
}
