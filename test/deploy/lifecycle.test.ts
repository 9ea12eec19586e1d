import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config';
import { toolkitSchemaFile } from './support/toolkit-schema';
import { PROJECTS, flowProblems, readProject, readText, readsOf, writesOf, type Action, type Project } from './support/lifecycle';

function validator() {
  const schema = JSON.parse(readFileSync(toolkitSchemaFile('v1.7'), 'utf8')) as object;
  return new Ajv({ strict: false, allErrors: true }).compile(schema);
}

const all = (project: Project): Action[] => [...(project.provision ?? []), ...(project.deploy ?? []), ...(project.publish ?? [])];
const uses = (actions: Action[] | undefined): string[] => (actions ?? []).map((a) => a.uses);

describe('lifecycle files against the Toolkit schema they declare', () => {
  it.each(PROJECTS.map((p) => p.file))('%s is valid for version v1.7', (file) => {
    const project = readProject(file);
    expect(project.version).toBe('v1.7');
    expect(readText(file)).toContain('$schema=https://aka.ms/teams-toolkit/v1.7/yaml.schema.json');
    const validate = validator();
    expect(validate(project), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('rejects what the Toolkit rejects: zipAppPackage with outputJsonPath (v1.7 replaced it with outputFolder)', () => {
    const project = readProject('teamsapp.yml');
    const zip = project.provision!.find((a) => a.uses === 'teamsApp/zipAppPackage')!;
    const { outputFolder: _dropped, ...rest } = zip.with!;
    zip.with = { ...rest, outputJsonPath: './appPackage/build/manifest.dev.json' };
    expect(validator()(project)).toBe(false);
  });
});

describe('the hosted project (teamsapp.yml)', () => {
  const project = readProject('teamsapp.yml');

  it('creates the Azure resources from infra/ with a pinned Bicep CLI, then the tab Entra app manifest, then the Teams app', () => {
    expect(uses(project.provision)).toEqual([
      'teamsApp/create', 'aadApp/create', 'arm/deploy', 'aadApp/update',
      'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update',
    ]);
    const arm = project.provision!.find((a) => a.uses === 'arm/deploy')!.with!;
    expect(arm.bicepCliVersion).toMatch(/^v0\.\d+\.\d+$/);
    expect(arm.templates).toEqual([expect.objectContaining({ path: './infra/azure.bicep', parameters: './infra/azure.parameters.json' })]);
  });

  it('creates no bot Entra app or secret: the bot is the managed identity infra/ creates', () => {
    const actions = all(project);
    expect(uses(actions)).not.toContain('botAadApp/create');
    expect(uses(actions)).not.toContain('botFramework/create');
    expect(actions.flatMap(writesOf).filter((name) => name.startsWith('SECRET_'))).toEqual([]);
  });

  it('deploys the built app to the App Service that provision created', () => {
    const zipDeploy = project.deploy!.find((a) => a.uses === 'azureAppService/zipDeploy')!;
    expect(zipDeploy.with).toMatchObject({ artifactFolder: '.', ignoreFile: '.webappignore', resourceId: '${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}' });
    expect(project.deploy!.map((a) => a.with?.args)).toContain('run build');
  });
});

describe('variables: every ${{VAR}} a step reads exists by then (env file input or an earlier step)', () => {
  it.each(PROJECTS.map((p) => [p.file, p.env]))('%s with env/.env.%s', (file, env) => {
    expect(flowProblems(file, env)).toEqual([]);
  });

  it('reports a variable nobody writes, with the step that reads it (the check can fail)', () => {
    const problems = flowProblems('teamsapp.yml', 'dev', '"x": "${{NOBODY_WRITES_THIS}}"');
    expect(problems).toContainEqual(expect.objectContaining({ variable: 'NOBODY_WRITES_THIS', action: 'teamsApp/validateManifest', lifecycle: 'provision' }));
  });

  it('applies the Entra manifest, which reads BOT_DOMAIN, only after arm/deploy has written it', () => {
    const project = readProject('teamsapp.yml');
    const armAt = project.provision!.findIndex((a) => a.uses === 'arm/deploy');
    const aadUpdate = project.provision!.findIndex((a) => a.uses === 'aadApp/update');
    expect(armAt).toBeGreaterThan(-1);
    expect(aadUpdate).toBeGreaterThan(armAt);
    expect(readsOf(project.provision![aadUpdate]!).map((r) => r.name)).toContain('BOT_DOMAIN');
  });

  it('keeps working when the support tab adds ${{AAD_APP_CLIENT_ID}} and ${{BOT_DOMAIN}} to the Teams manifest', () => {
    const tab = '"webApplicationInfo": { "id": "${{AAD_APP_CLIENT_ID}}", "resource": "api://${{BOT_DOMAIN}}/${{AAD_APP_CLIENT_ID}}" }';
    for (const { file, env } of PROJECTS) expect(flowProblems(file, env, tab), file).toEqual([]);
  });

  it('keeps in the committed env files only inputs, never a value a step writes', () => {
    for (const { file, env } of PROJECTS) {
      const written = new Set(all(readProject(file)).flatMap(writesOf));
      const committed = parseEnv(readText(`env/.env.${env}`));
      const stale = Object.keys(committed).filter((name) => written.has(name) && committed[name] !== '');
      expect(stale, `env/.env.${env}`).toEqual([]);
    }
  });
});

describe('F5 in real Teams (teamsapp.local.yml + .vscode)', () => {
  const project = readProject('teamsapp.local.yml');
  const localConfigs = project.deploy!.find((a) => a.uses === 'file/createOrUpdateEnvironmentFile' && a.with?.target === './.localConfigs')!;

  it('writes .localConfigs, which `npm run dev:teamsfx` hands to the bot', () => {
    expect(localConfigs).toBeDefined();
    const scripts = (JSON.parse(readText('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['dev:teamsfx']).toMatch(/node --env-file=\.localConfigs --inspect=9239 lib\/index\.js/);
  });

  it('gives the bot a configuration it accepts: a single-tenant bot with its secret and tenant', () => {
    const provisioned: Record<string, string> = {
      BOT_ID: '9c0d2b47-1e5a-4f3b-8d6c-7a2e1b9f0c33', SECRET_BOT_PASSWORD: 'from-aadApp-create', BOT_TENANT_ID: '0d9d9a3c-0000-4000-8000-00000000c0de',
      AAD_APP_CLIENT_ID: '3f1e6c2a-8b4d-4c7e-9a51-2d6b0e7f4a10', BOT_DOMAIN: 'abc123-3978.euw.devtunnels.ms', SUPPORT_CHANNEL_ID: '',
    };
    const envs = localConfigs.with!.envs as Record<string, string | number>;
    const resolved = Object.fromEntries(Object.entries(envs).map(([k, v]) => [k, String(v).replace(/\$\{\{(\w+)\}\}/g, (_m, name: string) => provisioned[name] ?? '')]));
    const config = loadConfig(resolved);
    expect(config.localMode).toBe(false);
    expect(config.BOT_TYPE).toBe('SingleTenant');
    expect(config.BOT_PASSWORD).toBe('from-aadApp-create');
    expect(resolved.TAB_SSO_APP_ID_URI).toBe(`api://${provisioned.BOT_DOMAIN}/${provisioned.AAD_APP_CLIENT_ID}`);
  });

  it('has the tasks the templates have: prerequisites, dev tunnel, provision, deploy, start, attach on 9239', () => {
    const tasks = JSON.parse(readText('.vscode/tasks.json')) as { tasks: Array<{ label: string; dependsOn?: string[]; command?: string; args?: { env?: string } }> };
    const start = tasks.tasks.find((t) => t.label === 'Start Teams App Locally')!;
    expect(start.dependsOn).toEqual(['Validate prerequisites', 'Start local tunnel', 'Provision', 'Deploy', 'Start application']);
    for (const command of ['provision', 'deploy']) expect(tasks.tasks.find((t) => t.command === command)?.args?.env).toBe('local');
    const launch = JSON.parse(readText('.vscode/launch.json')) as { configurations: Array<{ name: string; port?: number }>; compounds: Array<{ name: string; preLaunchTask: string; configurations: string[] }> };
    expect(launch.configurations.find((c) => c.name === 'Attach to Local Service')?.port).toBe(9239);
    expect(launch.compounds.find((c) => c.name === 'Debug in Teams (Edge)')).toMatchObject({ preLaunchTask: 'Start Teams App Locally', configurations: expect.arrayContaining(['Attach to Local Service']) });
  });

  it('registers a single-tenant bot and creates its service principal before Teams calls it', () => {
    expect(uses(project.provision).slice(0, 4)).toEqual(['teamsApp/create', 'aadApp/create', 'script', 'botFramework/create']);
    const botApp = project.provision![1]!;
    expect(botApp.with).toMatchObject({ generateClientSecret: true, signInAudience: 'AzureADMyOrg' });
    expect(botApp.writeToEnvironmentFile).toMatchObject({ clientId: 'BOT_ID', clientSecret: 'SECRET_BOT_PASSWORD', tenantId: 'BOT_TENANT_ID' });
    expect(String(project.provision![2]!.with!.run)).toMatch(/az ad sp create --id \$\{\{BOT_ID\}\}/);
  });
});

describe('the tab Entra app (aad.manifest.json)', () => {
  const manifest = JSON.parse(readText('aad.manifest.json')) as Record<string, any>;

  it('exposes access_as_user on api://<BOT_DOMAIN>/<client id>, pre-authorized for Teams desktop, mobile and web', () => {
    expect(manifest.identifierUris).toEqual(['api://${{BOT_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    expect(manifest.oauth2Permissions).toEqual([expect.objectContaining({ value: 'access_as_user', type: 'User', isEnabled: true, id: '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}' })]);
    const preAuthorized = (manifest.preAuthorizedApplications as Array<{ appId: string; permissionIds: string[] }>);
    for (const teams of ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346']) {
      expect(preAuthorized.find((p) => p.appId === teams)?.permissionIds).toEqual(['${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}']);
    }
    expect(manifest).toMatchObject({ id: '${{AAD_APP_OBJECT_ID}}', appId: '${{AAD_APP_CLIENT_ID}}', signInAudience: 'AzureADMyOrg', accessTokenAcceptedVersion: 2 });
  });

  it('is the manifest both projects apply, with the names aadApp/create writes', () => {
    for (const file of ['teamsapp.yml', 'teamsapp.local.yml']) {
      const actions = readProject(file).provision!;
      expect(actions.find((a) => a.uses === 'aadApp/update')?.with?.manifestPath, file).toBe('./aad.manifest.json');
      const sso = actions.find((a) => a.uses === 'aadApp/create' && a.writeToEnvironmentFile?.clientId === 'AAD_APP_CLIENT_ID');
      expect(sso?.writeToEnvironmentFile, file).toEqual({
        clientId: 'AAD_APP_CLIENT_ID', objectId: 'AAD_APP_OBJECT_ID', tenantId: 'AAD_APP_TENANT_ID',
        authority: 'AAD_APP_OAUTH_AUTHORITY', authorityHost: 'AAD_APP_OAUTH_AUTHORITY_HOST',
      });
    }
  });
});

describe('env/.env.*.user examples', () => {
  it.each(['dev', 'local'])('env/.env.%s.user.example holds no secret value', (env) => {
    const values = parseEnv(readText(`env/.env.${env}.user.example`));
    expect(Object.values(values).filter((v) => v !== '')).toEqual([]);
  });
});
