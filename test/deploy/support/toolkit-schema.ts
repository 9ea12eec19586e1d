import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The Toolkit's own schema for lifecycle files, as @microsoft/teamsapp-cli ships it
 * (resource/yaml-schema/<version>/yaml.schema.json). The CLI (29 MB, a large dependency tree) is no
 * devDependency: its tarball alone is fetched once with `npm pack` (no dependencies, the registry
 * `npm ci` used) and the schema kept in node_modules/.cache, checked against a known digest.
 */
const CLI = '@microsoft/teamsapp-cli@3.1.1';
const SCHEMAS: Record<string, string> = {
  'v1.7': '56c847472c0060eba3659968fce28f245ad93c0875b9f0198536218b0d80d90a',
};
const CACHE = path.resolve(__dirname, '../../../node_modules/.cache/teamsapp-cli-schema');

export function toolkitSchemaFile(version: string): string {
  const sha256 = SCHEMAS[version];
  if (!sha256) throw new Error(`no known digest for the Toolkit schema ${version}`);
  const file = path.join(CACHE, `${version}.yaml.schema.json`);
  if (!existsSync(file) || digest(file) !== sha256) fetchSchema(version, file);
  if (digest(file) !== sha256) throw new Error(`${CLI} ${version} schema does not have the expected digest ${sha256}`);
  return file;
}

function fetchSchema(version: string, file: string): void {
  const work = mkdtempSync(path.join(tmpdir(), 'teamsapp-cli-'));
  try {
    const tarball = execFileSync('npm', ['pack', CLI, '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
    const member = `package/resource/yaml-schema/${version}/yaml.schema.json`;
    execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', work, member]);
    mkdirSync(CACHE, { recursive: true });
    renameSync(path.join(work, member), file);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
