import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { KnowledgeError } from './errors';
import { DEFAULT_CONTENT_DIR, loadKnowledge } from './load';
import { flatten, varsOf } from './localeChecks';
import { LIST_KEYS, STRING_KEYS } from './keys';
import { FOLLOW_UP_TOPICS, LANGS } from './types';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A copy of the real content with one file changed by `edit`. */
function contentWith(rel: string, edit: (doc: Record<string, any>) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  dirs.push(dir);
  fs.cpSync(DEFAULT_CONTENT_DIR, dir, { recursive: true });
  const file = path.join(dir, rel);
  const doc = parse(fs.readFileSync(file, 'utf8')) as Record<string, any>;
  edit(doc);
  fs.writeFileSync(file, stringify(doc));
  return dir;
}

function problemsOf(dir: string): KnowledgeError['problems'] {
  try {
    loadKnowledge(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(KnowledgeError);
    return (err as KnowledgeError).problems;
  }
  throw new Error('expected loadKnowledge to fail');
}

const readLocale = (lang: string) =>
  flatten(parse(fs.readFileSync(path.join(DEFAULT_CONTENT_DIR, 'locales', `${lang}.yaml`), 'utf8')));

describe('real content', () => {
  it('loads', () => {
    expect(() => loadKnowledge()).not.toThrow();
  });

  it.each(LANGS)('%s has every required key, non-empty, with the same {{vars}} as en', (lang) => {
    const en = readLocale('en');
    const flat = readLocale(lang);
    for (const key of [...STRING_KEYS, ...LIST_KEYS]) {
      const value = flat.get(key);
      expect(value, `${lang}: ${key}`).toBeDefined();
      const items = Array.isArray(value) ? value : [value ?? ''];
      for (const item of items) expect(item.trim(), `${lang}: ${key}`).not.toBe('');
      expect(varsOf(value ?? ''), `${lang}: ${key}`).toEqual(varsOf(en.get(key) ?? ''));
    }
  });
});

describe('invalid content is reported with file and path', () => {
  it('missing key, empty string and mismatched variable, all at once', () => {
    const dir = contentWith('locales/fr.yaml', (doc) => {
      delete doc.case.reopened;
      doc.help.title = '  ';
      doc.case.claimed = '{{agent}} s’occupe de votre dossier {{reff}}.';
    });
    const problems = problemsOf(dir);
    const at = (p: string) => problems.filter((x) => x.file === 'locales/fr.yaml' && x.path === p);
    expect(at('case.reopened')).toHaveLength(1);
    expect(at('help.title')).toHaveLength(1);
    expect(at('case.claimed')[0]?.message).toMatch(/variables/);
  });

  it('a required key missing from the reference language', () => {
    const dir = contentWith('locales/en.yaml', (doc) => {
      delete doc.phase.retired.steps;
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'locales/en.yaml', path: 'phase.retired.steps' }));
  });

  it('a non-https link, an unknown phase link and a bad date in knowledge.yaml', () => {
    const dir = contentWith('knowledge.yaml', (doc) => {
      doc.links.faq.url = 'http://learn.microsoft.com/{locale}/x';
      doc.phaseLinks.retired = ['nope'];
      doc.timeline.selfServiceUntil = '30/06/2025';
    });
    const paths = problemsOf(dir).map((p) => `${p.file}:${p.path}`);
    expect(paths).toEqual(
      expect.arrayContaining(['knowledge.yaml:links.faq.url', 'knowledge.yaml:timeline.selfServiceUntil']),
    );
  });

  it('an unreadable file', () => {
    const dir = contentWith('locales/ja.yaml', () => undefined);
    fs.writeFileSync(path.join(dir, 'locales/ja.yaml'), 'a: [unclosed');
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ file: 'locales/ja.yaml' }));
  });

  it('the error message lists every problem', () => {
    const dir = contentWith('locales/de.yaml', (doc) => {
      delete doc.status;
    });
    expect(() => loadKnowledge(dir)).toThrow(/locales\/de\.yaml at status\.none/);
  });
});

describe('follow-up answers are traceable and complete', () => {
  const at = (problems: KnowledgeError['problems'], file: string, path: string) =>
    problems.filter((p) => p.file === file && p.path === path);

  it('every topic of the code is declared in knowledge.yaml with sources', () => {
    const doc = parse(fs.readFileSync(path.join(DEFAULT_CONTENT_DIR, 'knowledge.yaml'), 'utf8')) as { followUps: Record<string, { sources: string[] }> };
    expect(Object.keys(doc.followUps).sort()).toEqual([...FOLLOW_UP_TOPICS].sort());
    for (const topic of FOLLOW_UP_TOPICS) expect(doc.followUps[topic]?.sources.length, topic).toBeGreaterThan(0);
  });

  it('a topic without a source', () => {
    const dir = contentWith('knowledge.yaml', (doc) => {
      doc.followUps.why.sources = [];
    });
    expect(at(problemsOf(dir), 'knowledge.yaml', 'followUps.why.sources')[0]?.message).toMatch(/at least one source/);
  });

  it('a topic missing from knowledge.yaml', () => {
    const dir = contentWith('knowledge.yaml', (doc) => {
      delete doc.followUps.mobile;
    });
    expect(at(problemsOf(dir), 'knowledge.yaml', 'followUps.mobile')[0]?.message).toMatch(/not declared/);
  });

  it('an unknown source id and a duplicate one', () => {
    const dir = contentWith('knowledge.yaml', (doc) => {
      doc.followUps.admin.sources.push('no-such-page');
      doc.sources[1].id = doc.sources[0].id;
    });
    const problems = problemsOf(dir);
    expect(at(problems, 'knowledge.yaml', `followUps.admin.sources.${3}`)[0]?.message).toMatch(/unknown source "no-such-page"/);
    expect(at(problems, 'knowledge.yaml', 'sources.1.id')[0]?.message).toMatch(/duplicate source id/);
  });

  it('a phase string missing in a translation', () => {
    const dir = contentWith('locales/fr.yaml', (doc) => {
      delete doc.followUp.answer.admin.retired;
    });
    expect(at(problemsOf(dir), 'locales/fr.yaml', 'followUp.answer.admin.retired')[0]?.message).toMatch(/missing/);
  });

  it('a phase string missing in the reference language', () => {
    const dir = contentWith('locales/en.yaml', (doc) => {
      delete doc.followUp.answer['when-fixed']['exception-only'];
    });
    const problems = problemsOf(dir);
    expect(at(problems, 'locales/en.yaml', 'followUp.answer.when-fixed.exception-only')[0]?.message).toMatch(/follow-up answer missing/);
  });

  it('one string where knowledge.yaml says the answer depends on the phase, and phase strings where it does not', () => {
    const dir = contentWith('locales/en.yaml', (doc) => {
      doc.followUp.answer.exception = 'No exceptions.';
      doc.followUp.answer.browser = { 'self-service': 'Yes.', 'exception-only': 'Yes.', retired: 'Yes.' };
    });
    const problems = problemsOf(dir);
    expect(at(problems, 'locales/en.yaml', 'followUp.answer.exception.retired')).toHaveLength(1);
    expect(at(problems, 'locales/en.yaml', 'followUp.answer.browser')).toHaveLength(1);
    expect(at(problems, 'locales/en.yaml', 'followUp.answer.browser.retired')[0]?.message).toMatch(/byPhase/);
  });

  it('a translated answer that drops a date variable', () => {
    const dir = contentWith('locales/ja.yaml', (doc) => {
      doc.followUp.answer.exception.retired = 'いいえ。';
    });
    expect(at(problemsOf(dir), 'locales/ja.yaml', 'followUp.answer.exception.retired')[0]?.message).toMatch(/variables/);
  });
});
