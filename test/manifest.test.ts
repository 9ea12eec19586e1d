import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import type { AppManifest } from '@microsoft/app-manifest';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { colorIcon, outlineIcon } from '../scripts/icons';
import { APP_PACKAGE_DIR, PackageError, buildAppPackage, fillPlaceholders, iconProblems, loadEnvFile, manifestProblems } from '../scripts/package';

const template = readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8');
const color = readFileSync(path.join(APP_PACKAGE_DIR, 'color.png'));
const outline = readFileSync(path.join(APP_PACKAGE_DIR, 'outline.png'));
/** The part of a bot entry these tests read (AppManifest is a union over manifest versions). */
interface BotEntry {
  scopes: string[];
  commandLists?: Array<{ scopes: string[]; commands: Array<{ title: string }> }>;
}
/** Values provision would write; the env files themselves hold none. */
const provisioned = {
  TEAMS_APP_ID: '3f1e6c2a-8b4d-4c7e-9a51-2d6b0e7f4a10',
  BOT_ID: '9c0d2b47-1e5a-4f3b-8d6c-7a2e1b9f0c33',
  BOT_DOMAIN: 'workfront-help.example.net',
  AAD_APP_CLIENT_ID: '7e2a9c41-5b3d-4f8e-a6c0-9d1b2e3f4a57',
};
function filled(env: string, extra: Record<string, string> = {}): AppManifest {
  const { text, missing } = fillPlaceholders(template, { ...loadEnvFile(env), ...provisioned, ...extra });
  expect(missing, `placeholders with no value in env/.env.${env}`).toEqual([]);
  return JSON.parse(text) as AppManifest;
}

// The validation must work offline: any attempt to fetch the schema fails the test.
beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('network access during manifest validation')));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('appPackage/manifest.json', () => {
  it.each(['dev', 'local', 'testtool'])('is valid against the Teams schema once env/.env.%s is applied', async (env) => {
    expect(await manifestProblems(filled(env))).toEqual([]);
  });

  it('keeps Teams Toolkit placeholders for the ids provision writes', () => {
    const raw = JSON.parse(template) as AppManifest;
    expect(raw.id).toBe('${{TEAMS_APP_ID}}');
    expect(raw.bots?.[0]?.botId).toBe('${{BOT_ID}}');
    expect(raw.validDomains).toContain('${{BOT_DOMAIN}}');
  });

  it('declares the bot in personal, team and group chat with the expected commands', () => {
    const bot = filled('dev').bots?.[0] as BotEntry | undefined;
    expect(bot?.scopes).toEqual(expect.arrayContaining(['personal', 'team', 'groupChat']));
    const commands = (scope: string) => bot?.commandLists?.find((l) => l.scopes.includes(scope))?.commands.map((c) => c.title);
    expect(commands('personal')).toEqual(expect.arrayContaining(['help', 'status', 'cancel']));
    expect(commands('team')).toEqual(expect.arrayContaining(['help', 'cases']));
  });

  it('declares the support tab: a personal "Cases" tab, a channel tab with its configuration page, and Teams SSO', () => {
    const manifest = filled('dev');
    expect(manifest.staticTabs).toEqual([expect.objectContaining({ name: 'Cases', scopes: ['personal'], contentUrl: 'https://workfront-help.example.net/tab/index.html?view=queue' })]);
    expect(manifest.configurableTabs).toEqual([expect.objectContaining({ configurationUrl: 'https://workfront-help.example.net/tab/config.html', scopes: ['team'], context: ['channelTab'] })]);
    expect((manifest as { webApplicationInfo?: unknown }).webApplicationInfo).toEqual({ id: provisioned.AAD_APP_CLIENT_ID, resource: `api://workfront-help.example.net/${provisioned.AAD_APP_CLIENT_ID}` });
    expect(manifest.validDomains).toContain('workfront-help.example.net');
  });

  it('asks for the consent that lets un-mentioned replies in case threads reach the bot', () => {
    const manifest = filled('dev') as { authorization?: { permissions?: { resourceSpecific?: Array<{ name: string; type: string }> } } };
    expect(manifest.authorization?.permissions?.resourceSpecific).toContainEqual({ name: 'ChannelMessage.Read.Group', type: 'Application' });
  });

  it('describes the Workfront for Outlook outlookIdentityToken error', () => {
    const { description } = filled('dev');
    for (const text of [description.short, description.full]) {
      expect(text).toMatch(/Workfront for Outlook/);
      expect(text).toMatch(/outlookIdentityToken/);
    }
  });

  it('is rejected by the schema when an id is not a GUID (the validator really validates)', async () => {
    const problems = await manifestProblems(filled('dev', { TEAMS_APP_ID: 'not-a-guid' }));
    expect(problems.join('\n')).toMatch(/\/id/);
  });

  it('reports every placeholder that has no value instead of leaving it in', () => {
    const { missing } = fillPlaceholders(template, loadEnvFile('dev'));
    expect(missing).toEqual(expect.arrayContaining(['AAD_APP_CLIENT_ID', 'BOT_DOMAIN', 'BOT_ID', 'TEAMS_APP_ID']));
    expect(missing).not.toContain('APP_NAME_SUFFIX');
  });

  it('escapes values so they cannot break the JSON', () => {
    const { text } = fillPlaceholders('{"a":"${{X}}"}', { X: 'quote " and \\ backslash' });
    expect(JSON.parse(text)).toEqual({ a: 'quote " and \\ backslash' });
  });
});

describe('app icons', () => {
  it('are the ones scripts/icons.ts draws (reproducible)', () => {
    expect(colorIcon().equals(color)).toBe(true);
    expect(outlineIcon().equals(outline)).toBe(true);
  });

  it('have the sizes Teams requires and a white-on-transparent outline', () => {
    expect(iconProblems(color, outline)).toEqual([]);
    const o = PNG.sync.read(outline);
    const alphas = Array.from({ length: o.width * o.height }, (_, i) => o.data[i * 4 + 3]!);
    expect(alphas.filter((a) => a === 0).length).toBeGreaterThan(alphas.length / 3);
    expect(alphas.filter((a) => a === 255).length).toBeGreaterThan(50);
  });

  it('are refused when wrong: outline with colour, or swapped sizes', () => {
    expect(iconProblems(color, color).join('\n')).toMatch(/outline.png is 192x192.*|not white|no transparent/s);
    expect(iconProblems(outline, outline).join('\n')).toMatch(/color.png is 32x32/);
  });
});

describe('npm run package', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'app-package-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('builds a zip Teams accepts: filled manifest at the root plus both icons', async () => {
    const built = await buildAppPackage({ env: 'dev', overrides: provisioned, outDir });
    expect(path.basename(built.zipPath)).toBe('appPackage.dev.zip');
    const zip = new AdmZip(built.zipPath);
    expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(zip.readAsText('manifest.json')) as AppManifest;
    expect(manifest.id).toBe(provisioned.TEAMS_APP_ID);
    expect(manifest.bots?.[0]?.botId).toBe(provisioned.BOT_ID);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(await manifestProblems(manifest)).toEqual([]);
    expect(zip.readFile('color.png')?.equals(color)).toBe(true);
    expect(zip.readFile('outline.png')?.equals(outline)).toBe(true);
  });

  it('refuses to build when provision has not filled the ids, naming them', async () => {
    const attempt = buildAppPackage({ env: 'dev', overrides: {}, outDir });
    await expect(attempt).rejects.toBeInstanceOf(PackageError);
    await expect(attempt).rejects.toThrow(/TEAMS_APP_ID is empty in env\/.env.dev/);
  });
});
