/**
 * Just enough of Bicep to check infra/ against the lifecycle files and the code, offline: no Bicep
 * compiler runs here or in CI. Reads the top-level declarations of files shaped like ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const INFRA_DIR = path.resolve(__dirname, '../../../infra');

export interface BicepParam {
  name: string;
  type: string;
  /** Has a default value: the parameters file may leave it out. */
  optional: boolean;
  /** Marked @secure(). */
  secure: boolean;
  /** Values of @allowed([...]), when declared. */
  allowed?: string[];
}

export function readBicep(relativePath: string): string {
  return readFileSync(path.join(INFRA_DIR, relativePath), 'utf8');
}

/** `param name type [= default]`, with the decorators written on the lines above it. */
export function bicepParams(text: string): BicepParam[] {
  const params: BicepParam[] = [];
  let decorators = '';
  for (const line of text.split('\n')) {
    const param = /^param (\w+) (\w+)(\s*=.*)?$/.exec(line.trim());
    if (param) {
      const allowed = /@allowed\(\[([^\]]*)\]\)/s.exec(decorators)?.[1];
      params.push({
        name: param[1]!,
        type: param[2]!,
        optional: Boolean(param[3]),
        secure: decorators.includes('@secure()'),
        allowed: allowed ? [...allowed.matchAll(/'([^']*)'/g)].map((m) => m[1]!) : undefined,
      });
      decorators = '';
    } else if (line.startsWith('@') || (decorators && /^\s+'|^\]\)/.test(line))) {
      decorators += `${line}\n`;
    } else if (line.trim() === '' || line.startsWith('//')) {
      continue;
    } else {
      decorators = '';
    }
  }
  return params;
}

/** Names of the template's outputs: the Toolkit writes each to the env file under its own name. */
export function bicepOutputs(text: string): string[] {
  return [...text.matchAll(/^output (\w+) \w+ = /gm)].map((m) => m[1]!);
}

/** A top-level `resource|var|module <symbol> ...` declaration, up to its first line that is only `}`. */
export function declaration(text: string, keyword: 'resource' | 'var' | 'module', symbol: string): string {
  const start = text.search(new RegExp(`^${keyword} ${symbol}\\b`, 'm'));
  if (start < 0) throw new Error(`no ${keyword} ${symbol} in the template`);
  const end = /\n}\s*$/m.exec(text.slice(start));
  if (!end) throw new Error(`${keyword} ${symbol} has no closing line`);
  return text.slice(start, start + end.index + end[0].length);
}

/** UPPER_CASE keys of an object literal: the app settings, as the bot reads them from its environment. */
export function settingNames(block: string): string[] {
  return [...block.matchAll(/^\s+([A-Z][A-Z0-9_]+): /gm)].map((m) => m[1]!);
}

/** A single-quoted string property (`name: 'value'`) of a declaration. */
export function stringProperty(block: string, name: string): string | undefined {
  return new RegExp(`^\\s+${name}: '([^']*)'`, 'm').exec(block)?.[1];
}
