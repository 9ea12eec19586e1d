import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { CaseEventType, CaseReason, CaseState } from '../handoff/types';
import { DEFAULT_CONTENT_DIR, PHASES, type Knowledge, type Lang } from '../knowledge';
import { flatten } from '../knowledge/localeChecks';
import type { LocaleTree } from '../knowledge/schema';

const STATES: readonly CaseState[] = ['waiting', 'open', 'claimed', 'resolved', 'cancelled'];
const REASONS: readonly CaseReason[] = ['exception', 'asked', 'not-helped'];
const EVENTS: readonly CaseEventType[] = ['opened', 'appended', 'posted', 'claimed', 'resolved', 'reopened', 'cancelled', 'user-message', 'agent-message', 'reminded'];

/** The strings the tab's page uses besides its own `tab.*` section: the names the case cards use too. */
export const SHARED_KEYS: readonly string[] = [
  'caseCard.title',
  'caseCard.unassigned',
  'action.helped',
  'action.notHelped',
  ...STATES.map((s) => `state.${s}`),
  ...REASONS.map((r) => `reason.${r}`),
  ...PHASES.map((p) => `phase.${p}.name`),
  ...EVENTS.map((e) => `event.${e}`),
];

/** The keys of the `tab` section of the reference locale (the loader checks every language has them all). */
export function tabKeys(contentDir = DEFAULT_CONTENT_DIR): string[] {
  const reference = parse(readFileSync(path.join(contentDir, 'locales', 'en.yaml'), 'utf8')) as { tab?: LocaleTree };
  return [...flatten(reference.tab ?? {}, 'tab').keys()];
}

/**
 * Every string the page needs, in the support language, with their `{{variables}}` left for the
 * page to fill: the `tab` section and the names the case cards use too.
 */
export function tabStrings(k: Knowledge, lang: Lang, keys: readonly string[] = tabKeys()): Record<string, string> {
  return Object.fromEntries([...keys, ...SHARED_KEYS].map((key) => [key, k.t(lang, key)]));
}
