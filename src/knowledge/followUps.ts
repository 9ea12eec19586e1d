import type { KnowledgeProblem } from './errors';
import type { FlatLocale } from './localeChecks';
import type { KnowledgeFile } from './schema';
import { FOLLOW_UP_TOPICS, PHASES, type FollowUpTopic, type Phase } from './types';

const PREFIX = 'followUp.answer.';

/** The locale key of a follow-up answer: one per phase when the answer depends on the timeline. */
export function followUpKey(file: KnowledgeFile, topic: FollowUpTopic, phase: Phase): string {
  return file.followUps[topic].byPhase ? `${PREFIX}${topic}.${phase}` : `${PREFIX}${topic}`;
}

/** Every follow-up answer key the reference locale must hold, as knowledge.yaml declares them. */
export function followUpKeys(file: KnowledgeFile): Set<string> {
  return new Set(FOLLOW_UP_TOPICS.flatMap((topic) => PHASES.map((phase) => followUpKey(file, topic, phase))));
}

/**
 * The reference locale against knowledge.yaml's `followUps`: each answer present as a string (one per
 * phase when `byPhase`), and no answer string that no topic uses (a phase string for an answer that
 * does not vary, a topic that does not exist). The other locales are held to the reference as usual.
 */
export function checkFollowUpStrings(file: KnowledgeFile, reference: FlatLocale, localeFile: string): KnowledgeProblem[] {
  const expected = followUpKeys(file);
  const problems: KnowledgeProblem[] = [];
  for (const key of expected) {
    const value = reference.get(key);
    if (value === undefined) problems.push({ file: localeFile, path: key, message: 'follow-up answer missing (declared in knowledge.yaml followUps)' });
    else if (typeof value !== 'string') problems.push({ file: localeFile, path: key, message: 'expected a string' });
  }
  for (const key of reference.keys()) {
    if (key.startsWith(PREFIX) && !expected.has(key)) {
      problems.push({ file: localeFile, path: key, message: 'no follow-up in knowledge.yaml uses this string (check byPhase)' });
    }
  }
  return problems;
}
