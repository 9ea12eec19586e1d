import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ZodError } from 'zod';
import { KnowledgeError, type KnowledgeProblem } from './errors';
import { checkFollowUpStrings } from './followUps';
import { createKnowledge, type Knowledge } from './knowledge';
import { checkAgainstReference, checkNonEmpty, checkRequired, flatten } from './localeChecks';
import { knowledgeFileSchema, localeTreeSchema, type KnowledgeFile, type LocaleTree } from './schema';
import { LANGS, type Lang } from './types';

/** The repository's content/ folder; src/knowledge and lib/knowledge are both two levels below the root. */
export const DEFAULT_CONTENT_DIR = path.resolve(__dirname, '../../content');
const REFERENCE_LANG: Lang = 'en';

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: KnowledgeProblem[] };

function readYaml(dir: string, rel: string): Parsed<unknown> {
  try {
    return { ok: true, value: parseYaml(fs.readFileSync(path.join(dir, rel), 'utf8')) as unknown };
  } catch (err) {
    return { ok: false, problems: [{ file: rel, path: '', message: (err as Error).message.split('\n')[0] ?? 'unreadable' }] };
  }
}

function zodProblems(file: string, error: ZodError): KnowledgeProblem[] {
  return error.issues.map((i) => ({ file, path: i.path.join('.'), message: i.message }));
}

function parseWith<T>(dir: string, rel: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError } }): Parsed<T> {
  const raw = readYaml(dir, rel);
  if (!raw.ok) return raw;
  const result = schema.safeParse(raw.value);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: zodProblems(rel, result.error) };
}

/**
 * Reads and validates content/knowledge.yaml and content/locales/<lang>.yaml for every language.
 * Throws a KnowledgeError listing every problem found (not just the first).
 */
export function loadKnowledge(dir: string = DEFAULT_CONTENT_DIR): Knowledge {
  const problems: KnowledgeProblem[] = [];
  const file = parseWith<KnowledgeFile>(dir, 'knowledge.yaml', knowledgeFileSchema);
  if (!file.ok) problems.push(...file.problems);

  const locales: Partial<Record<Lang, LocaleTree>> = {};
  for (const lang of LANGS) {
    const parsed = parseWith<LocaleTree>(dir, `locales/${lang}.yaml`, localeTreeSchema);
    if (parsed.ok) {
      locales[lang] = parsed.value;
      problems.push(...checkNonEmpty(`locales/${lang}.yaml`, flatten(parsed.value)));
    } else problems.push(...parsed.problems);
  }

  const reference = locales[REFERENCE_LANG];
  if (reference) {
    const refFlat = flatten(reference);
    problems.push(...checkRequired(`locales/${REFERENCE_LANG}.yaml`, refFlat));
    for (const lang of LANGS) {
      const tree = locales[lang];
      if (lang !== REFERENCE_LANG && tree) problems.push(...checkAgainstReference(`locales/${lang}.yaml`, flatten(tree), refFlat));
    }
    if (file.ok) problems.push(...checkLinkTitles(file.value, refFlat), ...checkFollowUpStrings(file.value, refFlat, `locales/${REFERENCE_LANG}.yaml`));
  }

  if (problems.length > 0 || !file.ok) throw new KnowledgeError(problems);
  return createKnowledge(file.value, locales as Record<Lang, LocaleTree>);
}

function checkLinkTitles(file: KnowledgeFile, refFlat: Map<string, unknown>): KnowledgeProblem[] {
  return Object.entries(file.links)
    .filter(([, link]) => typeof refFlat.get(link.titleKey) !== 'string')
    .map(([id, link]) => ({ file: 'knowledge.yaml', path: `links.${id}.titleKey`, message: `no string "${link.titleKey}" in the reference locale` }));
}
