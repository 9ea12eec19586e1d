/**
 * Builds the Teams app package a Teams admin uploads: appPackage/build/appPackage.<env>.zip holding
 * manifest.json (with the ${{VAR}} placeholders filled from env/.env.<env>, as Teams Toolkit's
 * teamsApp/zipAppPackage does) and the two icons. The manifest is validated offline against the
 * schema that ships in @microsoft/app-manifest, and the icons are checked, before anything is written.
 *
 *   npm run package                 # env "dev" (or $TEAMSFX_ENV)
 *   npm run package -- --env local  # env/.env.local
 * Variables already set in the process environment win over the env file (handy in CI).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { COLOR_SIZE, OUTLINE_SIZE } from './icons';

export const ROOT = path.resolve(__dirname, '..');
export const APP_PACKAGE_DIR = path.join(ROOT, 'appPackage');
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** Placeholders that may legitimately be empty (the dev environment has no name suffix). */
const MAY_BE_EMPTY = new Set(['APP_NAME_SUFFIX']);

export class PackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cannot build the app package:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PackageError';
  }
}

/** Reads env/.env.<env> (dotenv syntax, as Teams Toolkit writes it). */
export function loadEnvFile(env: string, root = ROOT): Record<string, string> {
  const file = path.join(root, 'env', `.env.${env}`);
  if (!existsSync(file)) throw new PackageError([`no environment file ${path.relative(root, file)}`]);
  return parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
}

/** Fills ${{VAR}} placeholders; names that are missing (or empty, unless allowed) are reported, never left in. */
export function fillPlaceholders(template: string, vars: Record<string, string | undefined>): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const text = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = vars[name];
    if (value === undefined || (value === '' && !MAY_BE_EMPTY.has(name))) {
      missing.add(name);
      return '';
    }
    // The value lands inside a JSON string: encode it as one, minus the surrounding quotes.
    return JSON.stringify(value ?? '').slice(1, -1);
  });
  return { text, missing: [...missing].sort() };
}

/** The JSON schema for the manifest's own manifestVersion, read from the copy inside @microsoft/app-manifest. */
export function localManifestSchema(manifestVersion: string): object {
  const packageDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(packageDir, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) throw new PackageError([`@microsoft/app-manifest has no schema for manifestVersion ${manifestVersion}`]);
  // Same clean-up the package applies: the published schema has regex escapes JSON.parse rejects.
  return JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as object;
}

/** Schema problems, as Teams Toolkit's teamsApp/validateManifest reports them; empty when valid. */
export async function manifestProblems(manifest: AppManifest): Promise<string[]> {
  const schema = localManifestSchema(String(manifest.manifestVersion));
  return AppManifestUtils.validateAgainstSchema(manifest, schema as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]);
}

/** Size and colour rules Teams applies to the two icons; empty when both are fine. */
export function iconProblems(color: Buffer, outline: Buffer): string[] {
  const problems: string[] = [];
  const c = PNG.sync.read(color);
  if (c.width !== COLOR_SIZE || c.height !== COLOR_SIZE) problems.push(`color.png is ${c.width}x${c.height}, must be ${COLOR_SIZE}x${COLOR_SIZE}`);
  const o = PNG.sync.read(outline);
  if (o.width !== OUTLINE_SIZE || o.height !== OUTLINE_SIZE) problems.push(`outline.png is ${o.width}x${o.height}, must be ${OUTLINE_SIZE}x${OUTLINE_SIZE}`);
  let transparent = 0;
  let nonWhite = 0;
  for (let i = 0; i < o.data.length; i += 4) {
    const alpha = o.data[i + 3]!;
    if (alpha === 0) transparent++;
    else if (o.data[i] !== 255 || o.data[i + 1] !== 255 || o.data[i + 2] !== 255) nonWhite++;
  }
  if (nonWhite > 0) problems.push(`outline.png has ${nonWhite} visible pixels that are not white`);
  if (transparent === 0) problems.push('outline.png has no transparent background');
  return problems;
}

export interface BuildOptions {
  env: string;
  /** Values that win over the env file (by default the process environment). */
  overrides?: Record<string, string | undefined>;
  root?: string;
  outDir?: string;
}

export interface BuiltPackage {
  zipPath: string;
  manifestPath: string;
  manifest: AppManifest;
}

export async function buildAppPackage(options: BuildOptions): Promise<BuiltPackage> {
  const root = options.root ?? ROOT;
  const appDir = path.join(root, 'appPackage');
  const vars = { ...loadEnvFile(options.env, root), ...definedOnly(options.overrides ?? process.env) };
  const { text, missing } = fillPlaceholders(readFileSync(path.join(appDir, 'manifest.json'), 'utf8'), vars);
  if (missing.length > 0) {
    throw new PackageError(missing.map((name) => `${name} is empty in env/.env.${options.env} (provision fills it, or set it in the environment)`));
  }
  const manifest = JSON.parse(text) as AppManifest;
  const color = readFileSync(path.join(appDir, 'color.png'));
  const outline = readFileSync(path.join(appDir, 'outline.png'));
  const problems = [...(await manifestProblems(manifest)), ...iconProblems(color, outline)];
  if (problems.length > 0) throw new PackageError(problems);

  const outDir = options.outDir ?? path.join(appDir, 'build');
  mkdirSync(outDir, { recursive: true });
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
  zip.addFile('color.png', color);
  zip.addFile('outline.png', outline);
  const zipPath = path.join(outDir, `appPackage.${options.env}.zip`);
  zip.writeZip(zipPath);
  const manifestPath = path.join(outDir, `manifest.${options.env}.json`);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { zipPath, manifestPath, manifest };
}

function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}

function envArgument(argv: string[]): string {
  const at = argv.indexOf('--env');
  return (at >= 0 ? argv[at + 1] : undefined) ?? process.env.TEAMSFX_ENV ?? 'dev';
}

if (require.main === module) {
  buildAppPackage({ env: envArgument(process.argv.slice(2)) })
    .then((built) => console.log(`app package: ${path.relative(process.cwd(), built.zipPath)} (manifest ${built.manifest.version}, schema ${built.manifest.manifestVersion})`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
