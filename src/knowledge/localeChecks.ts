import type { KnowledgeProblem } from './errors';
import { LIST_KEYS, STRING_KEYS } from './keys';
import type { LocaleTree } from './schema';

export type FlatLocale = Map<string, string | string[]>;

/** `{ a: { b: 'x' } }` -> `Map { 'a.b' => 'x' }`. */
export function flatten(tree: LocaleTree, prefix = ''): FlatLocale {
  const out: FlatLocale = new Map();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || Array.isArray(value)) out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The `{{var}}` names used in a string or list, sorted and deduplicated. */
export function varsOf(value: string | string[]): string[] {
  const text = Array.isArray(value) ? value.join('\n') : value;
  return [...new Set([...text.matchAll(/{{\s*([\w.-]+)\s*}}/g)].map((m) => m[1] ?? ''))].sort();
}

/** Blank strings and empty lists, anywhere in the file. */
export function checkNonEmpty(file: string, flat: FlatLocale): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  for (const [key, value] of flat) {
    const items = Array.isArray(value) ? value : [value];
    if (items.length === 0 || items.some((item) => item.trim() === '')) {
      problems.push({ file, path: key, message: 'empty text' });
    }
  }
  return problems;
}

/** Problems with the reference locale: required keys missing or of the wrong shape. */
export function checkRequired(file: string, flat: FlatLocale): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const expect = (key: string, list: boolean) => {
    const value = flat.get(key);
    if (value === undefined) problems.push({ file, path: key, message: 'required key is missing' });
    else if (Array.isArray(value) !== list) {
      problems.push({ file, path: key, message: list ? 'expected a list of strings' : 'expected a string' });
    }
  };
  STRING_KEYS.forEach((k) => expect(k, false));
  LIST_KEYS.forEach((k) => expect(k, true));
  return problems;
}

/** Problems of a translation against the reference: missing/extra keys, shape or {{vars}} mismatches. */
export function checkAgainstReference(file: string, flat: FlatLocale, reference: FlatLocale): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  for (const [key, ref] of reference) {
    const value = flat.get(key);
    if (value === undefined) {
      problems.push({ file, path: key, message: 'missing (present in the reference locale)' });
    } else if (Array.isArray(value) !== Array.isArray(ref)) {
      problems.push({ file, path: key, message: Array.isArray(ref) ? 'expected a list of strings' : 'expected a string' });
    } else if (varsOf(value).join() !== varsOf(ref).join()) {
      problems.push({ file, path: key, message: `variables {${varsOf(value).join(', ')}} differ from reference {${varsOf(ref).join(', ')}}` });
    }
  }
  for (const key of flat.keys()) {
    if (!reference.has(key)) problems.push({ file, path: key, message: 'not in the reference locale' });
  }
  return problems;
}
