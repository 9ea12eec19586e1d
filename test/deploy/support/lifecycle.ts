/**
 * A model of how Teams Toolkit / Agents Toolkit runs the lifecycle files (teamsapp*.yml): which
 * ${{VAR}} each action reads (in its arguments and in the files it fills) and which variables it
 * writes to the environment, so a test can check that nothing is read before it exists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { fillPlaceholders, loadEnvFile } from '../../../scripts/package';
import { bicepOutputs } from './bicep';

export const ROOT = path.resolve(__dirname, '../../..');
export const LIFECYCLES = ['provision', 'deploy', 'publish'] as const;
export type LifecycleName = (typeof LIFECYCLES)[number];

export interface Action {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  writeToEnvironmentFile?: Record<string, string>;
}

export type Project = { version: string } & Partial<Record<LifecycleName, Action[]>>;

/** The three projects and the environment each one runs in. */
export const PROJECTS = [
  { file: 'teamsapp.yml', env: 'dev' },
  { file: 'teamsapp.local.yml', env: 'local' },
  { file: 'teamsapp.testtool.yml', env: 'testtool' },
] as const;

export function readProject(file: string): Project {
  return parse(readFileSync(path.join(ROOT, file), 'utf8')) as Project;
}

export function readText(relativePath: string): string {
  return readFileSync(path.join(ROOT, relativePath), 'utf8');
}

/** Every ${{VAR}} name in a text. */
export function placeholdersIn(text: string): string[] {
  return fillPlaceholders(text, {}).missing;
}

/** One variable an action reads, and where. */
export interface Read {
  name: string;
  where: string;
}

/** The files an action fills placeholders in before using them (parameters, manifests). */
export function filesReadBy(action: Action): string[] {
  const args = action.with ?? {};
  switch (action.uses) {
    case 'arm/deploy':
      return (args.templates as Array<{ parameters?: string }>).flatMap((t) => (t.parameters ? [t.parameters] : []));
    case 'teamsApp/validateManifest':
    case 'teamsApp/zipAppPackage':
    case 'aadApp/update':
      return [args.manifestPath as string];
    default:
      return [];
  }
}

/**
 * What an action reads. `manifestExtra` is added to the Teams manifest's text, to check placeholders
 * someone else is about to add there (the support tab's).
 */
export function readsOf(action: Action, manifestExtra = ''): Read[] {
  const inArgs = placeholdersIn(JSON.stringify({ with: action.with, env: action.env })).map((name) => ({ name, where: 'its arguments' }));
  const inFiles = filesReadBy(action).flatMap((file) => {
    const extra = file.endsWith('appPackage/manifest.json') ? manifestExtra : '';
    return placeholdersIn(readText(file) + extra).map((name) => ({ name, where: file }));
  });
  return [...inArgs, ...inFiles];
}

/**
 * What an action writes to the environment: its writeToEnvironmentFile, plus what the Toolkit writes
 * by itself (arm/deploy: the templates' outputs; teamsApp/create|update: the tenant of the Teams app;
 * aadApp/update: the access_as_user scope id it generates; script: `::set-teamsfx-env NAME=`).
 */
export function writesOf(action: Action): string[] {
  const declared = Object.values(action.writeToEnvironmentFile ?? {});
  const args = action.with ?? {};
  switch (action.uses) {
    case 'arm/deploy':
      return [...declared, ...(args.templates as Array<{ path: string }>).flatMap((t) => bicepOutputs(readText(t.path)))];
    case 'teamsApp/create':
    case 'teamsApp/update':
      return [...declared, 'TEAMS_APP_TENANT_ID'];
    case 'aadApp/update':
      return [...declared, 'AAD_APP_ACCESS_AS_USER_PERMISSION_ID'];
    case 'script':
      return [...declared, ...[...String(args.run).matchAll(/::set-teamsfx-env (\w+)=/g)].map((m) => m[1]!)];
    default:
      return declared;
  }
}

/** Variables written before the lifecycle files run: the local debug tunnel (.vscode/tasks.json). */
export function writtenByTasks(env: string): string[] {
  const tasks = JSON.parse(readText('.vscode/tasks.json')) as { tasks: Array<{ command?: string; args?: { env?: string; ports?: Array<{ writeToEnvironmentFile?: Record<string, string> }> } }> };
  return tasks.tasks
    .filter((t) => t.command === 'debug-start-local-tunnel' && t.args?.env === env)
    .flatMap((t) => t.args?.ports ?? [])
    .flatMap((p) => Object.values(p.writeToEnvironmentFile ?? {}));
}

export interface FlowProblem {
  lifecycle: LifecycleName;
  action: string;
  variable: string;
  where: string;
}

/**
 * Runs the project as on a first provision: the env file's own inputs (not what steps write there
 * later) and TEAMSFX_ENV exist at the start; each action may read what exists, then adds what it
 * writes (only aadApp/update reads what it generates itself: the scope id). Lifecycles run
 * in order and share the env file. Returns every read of a variable that does not exist yet.
 */
export function flowProblems(file: string, env: string, manifestExtra = ''): FlowProblem[] {
  const project = readProject(file);
  const actions = LIFECYCLES.flatMap((lifecycle) => (project[lifecycle] ?? []).map((action) => ({ lifecycle, action })));
  const writtenBySteps = new Set(actions.flatMap(({ action }) => writesOf(action)));
  const inputs = Object.keys(loadEnvFile(env)).filter((name) => !writtenBySteps.has(name));
  const known = new Set(['TEAMSFX_ENV', ...inputs, ...writtenByTasks(env)]);
  const problems: FlowProblem[] = [];
  for (const { lifecycle, action } of actions) {
    const generated = action.uses === 'aadApp/update' ? ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'] : [];
    for (const read of readsOf(action, manifestExtra)) {
      if (!known.has(read.name) && !generated.includes(read.name)) problems.push({ lifecycle, action: action.name ?? action.uses, variable: read.name, where: read.where });
    }
    for (const name of writesOf(action)) known.add(name);
  }
  return problems;
}
