import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { describe, expect, it } from 'vitest';
import { ROOT, readText } from './support/lifecycle';

/** The rules azureAppService/zipDeploy applies: each line of .webappignore, trimmed, added to `ignore`. */
function deployRules(): Ignore {
  const rules = ignore().add('.deployment'); // the Toolkit's own working folder
  for (const line of readText('.webappignore').split('\n')) rules.add(line.trim());
  return rules;
}

/**
 * The files the Toolkit zips: it walks the folder and tests every path relative to it (folders
 * without a trailing slash), never entering an ignored folder.
 */
function deployedFiles(rules: Ignore, dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    const relative = path.relative(ROOT, full).split(path.sep).join('/');
    if (rules.test(relative).ignored) return [];
    return entry.isDirectory() ? deployedFiles(rules, full) : [relative];
  });
}

const isDeployed = (rules: Ignore, relative: string): boolean => !rules.test(relative).ignored;

describe('.webappignore: what `teamsapp deploy` sends to App Service', () => {
  const rules = deployRules();

  it.each(['lib', 'lib/index.js', 'lib/knowledge/load.js', 'content', 'content/knowledge.yaml', 'package.json', 'package-lock.json', '.npmrc'])(
    'sends %s', (file) => expect(isDeployed(rules, file)).toBe(true),
  );

  it.each([
    'node_modules', 'src', 'src/index.ts', 'test', 'scripts', 'docs', 'data', 'data/support-bot.sqlite', 'infra', 'appPackage',
    'env', 'env/.env.dev.user', '.localConfigs', '.vscode', 'devTools', 'teamsapp.yml', 'tsconfig.json', 'Dockerfile',
    'lib/index.js.map', 'lib/.tsbuildinfo', 'lib/.tsbuildinfo.all', '.git', 'README.md',
  ])('leaves out %s', (file) => expect(isDeployed(rules, file)).toBe(false));

  it('walks this checkout to a zip holding only the built app, its content and the package files', () => {
    const files = deployedFiles(rules);
    // lib/web: the support tab's page (HTML, CSS and bundled scripts), served by the bot itself.
    const outside = files.filter((f) => !/^(lib\/.+\.js|lib\/web\/[\w.-]+\.(html|css)|content\/.+|package\.json|package-lock\.json|\.npmrc)$/.test(f));
    expect(outside).toEqual([]);
    expect(files).toContain('package.json');
    expect(files.some((f) => f.startsWith('content/locales/'))).toBe(true);
    // lib/ exists after `npm ci` (prepare builds it), which is what the deploy step runs first.
    if (existsSync(path.join(ROOT, 'lib', 'index.js'))) expect(files).toContain('lib/index.js');
    if (existsSync(path.join(ROOT, 'lib', 'web', 'index.html'))) expect(files).toEqual(expect.arrayContaining(['lib/web/index.html', 'lib/web/tab.js', 'lib/web/tab.css']));
  });

  it('sends what App Service needs to install the production dependencies, and no dependency folder', () => {
    const pkg = JSON.parse(readText('package.json')) as { scripts: Record<string, string>; dependencies: Record<string, string> };
    expect(pkg.dependencies['better-sqlite3']).toBeDefined(); // native: must be installed where it runs
    expect(readText('.npmrc')).toMatch(/^yes=true$/m); // botbuilder-dialogs' postinstall runs npx
    expect(pkg.scripts.start).toBe('node lib/index.js');
  });
});

describe('npm scripts', () => {
  const scripts = (JSON.parse(readText('package.json')) as { scripts: Record<string, string> }).scripts;

  it('builds on install (prepare) and never on start', () => {
    expect(scripts.prepare).toMatch(/npm run build/);
    expect(scripts.start).not.toMatch(/tsc|build|tsx/);
    expect(scripts.prestart).toBeUndefined();
  });

  it('keeps a dev script that builds, then starts', () => {
    expect(scripts.dev).toBe('npm run build --silent && node lib/index.js');
  });
});
