import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadEnvFile } from '../scripts/package';
import { PLAYGROUND_CLI, PLAYGROUND_CONFIG, readPlaygroundContext } from '../scripts/playground-lib';

/**
 * The playground validates its config with a JSON schema bundled (as a string literal) in its CLI;
 * there is no separate schema file, so the test reads the very schema the playground uses.
 */
function bundledConfigSchema(): Record<string, unknown> {
  const bundle = readFileSync(path.join(path.dirname(PLAYGROUND_CLI), 'dist', 'index.js'), 'utf8');
  const start = bundle.indexOf(`'{"$id":"https://aka.ms/teams-app-test-tool-config/`);
  expect(start, 'config schema not found in the playground bundle').toBeGreaterThan(0);
  const literal = /^'(?:[^'\\]|\\.)*'/s.exec(bundle.slice(start))?.[0];
  expect(literal).toBeDefined();
  // Proven a plain string literal by the regex above, so evaluating it runs no code.
  return JSON.parse(vm.runInNewContext(literal!) as string) as Record<string, unknown>;
}

describe('.m365agentsplayground.yml', () => {
  const config = parse(readFileSync(PLAYGROUND_CONFIG, 'utf8')) as Record<string, unknown>;

  it('is valid against the schema the playground itself enforces', () => {
    const schema = bundledConfigSchema();
    expect(schema.$id).toMatch(/0\.1\.1\/config\.schema\.json$/);
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('uses config version 0.1.1 with five users besides the current one', () => {
    expect(config.version).toBe('0.1.1');
    expect(config.users).toHaveLength(5);
  });

  it('names a team channel whose id is the SUPPORT_CHANNEL_ID of env/.env.testtool', () => {
    const context = readPlaygroundContext();
    expect(context.supportChannel.id).toMatch(/^19:.+@thread\.tacv2$/);
    expect(loadEnvFile('testtool').SUPPORT_CHANNEL_ID).toBe(context.supportChannel.id);
  });
});
