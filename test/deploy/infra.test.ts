import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config/config';
import { loadEnvFile } from '../../scripts/package';
import { BotHarness } from '../support/bot-harness';
import { bicepOutputs, bicepParams, declaration, readBicep, settingNames, stringProperty } from './support/bicep';
import { placeholdersIn, readProject, readText, readsOf } from './support/lifecycle';

const main = readBicep('azure.bicep');
const bot = readBicep('botRegistration/azurebot.bicep');
const parameters = (JSON.parse(readText('infra/azure.parameters.json')) as { parameters: Record<string, { value: string }> }).parameters;
const packageJson = JSON.parse(readText('package.json')) as { main: string; engines: { node: string }; scripts: Record<string, string> };

/** App settings the configuration does not read, and who does. */
const READ_ELSEWHERE: Record<string, string> = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'telemetry (Application Insights)',
  TAB_SSO_CLIENT_ID: 'the support tab (Teams SSO)',
  TAB_SSO_APP_ID_URI: 'the support tab (Teams SSO)',
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'App Service: build the zip on deploy',
  CUSTOM_BUILD_COMMAND: 'App Service: the build command',
};

const appSettingsBlock = declaration(main, 'resource', 'appSettings');
const storageBlock = declaration(main, 'var', 'storageSettings');
const appSettings = [...settingNames(appSettingsBlock), ...settingNames(storageBlock)];

describe('infra/azure.parameters.json against infra/azure.bicep', () => {
  const declared = bicepParams(main);

  it('passes only declared parameters, and every one without a default', () => {
    const names = declared.map((p) => p.name);
    expect(Object.keys(parameters).filter((name) => !names.includes(name))).toEqual([]);
    expect(declared.filter((p) => !p.optional && !(p.name in parameters)).map((p) => p.name)).toEqual([]);
  });

  it('never carries a secret: the database password is a @secure() parameter generated in the template', () => {
    const password = declared.find((p) => p.name === 'postgresAdminPassword');
    expect(password).toMatchObject({ secure: true, optional: true });
    expect(main).toMatch(/param postgresAdminPassword string = newGuid\(\)/);
    for (const p of declared.filter((d) => d.secure)) expect(parameters).not.toHaveProperty(p.name);
    expect(placeholdersIn(readText('infra/azure.parameters.json')).filter((name) => name.startsWith('SECRET_'))).toEqual([]);
  });

  it('keeps PostgreSQL on by default for the hosted environment, SQLite only by choice', () => {
    expect(declared.find((p) => p.name === 'storage')).toMatchObject({ allowed: ['postgres', 'sqlite'], optional: true });
    expect(main).toMatch(/param storage string = 'postgres'/);
    expect(parameters.storage?.value).toBe('${{BOT_STORAGE}}');
    expect(loadEnvFile('dev').BOT_STORAGE).toBe('postgres');
  });

  it('runs on a Node.js stack the package supports (engines)', () => {
    const stacks = declared.find((p) => p.name === 'linuxFxVersion')!.allowed!;
    expect(main).toMatch(/param linuxFxVersion string = 'NODE\|20-lts'/);
    const [, min, max] = /^>=(\d+) <(\d+)$/.exec(packageJson.engines.node)!;
    for (const stack of stacks) {
      const major = Number(/^NODE\|(\d+)-lts$/.exec(stack)?.[1]);
      expect(major, stack).toBeGreaterThanOrEqual(Number(min));
      expect(major, stack).toBeLessThan(Number(max));
    }
  });
});

describe('outputs, as the lifecycle files read them', () => {
  const outputs = bicepOutputs(main);

  it('writes the bot identity, its host and the App Service id', () => {
    expect(outputs.sort()).toEqual(['BOT_AZURE_APP_SERVICE_RESOURCE_ID', 'BOT_DOMAIN', 'BOT_ENDPOINT', 'BOT_ID', 'BOT_TENANT_ID']);
  });

  it('gives teamsapp.yml what it reads after arm/deploy (manifests, Entra manifest, zip deploy)', () => {
    const project = readProject('teamsapp.yml');
    const readAfterArm = [...project.provision!, ...project.deploy!, ...project.publish!].flatMap((a) => readsOf(a).map((r) => r.name));
    for (const name of ['BOT_ID', 'BOT_DOMAIN', 'BOT_AZURE_APP_SERVICE_RESOURCE_ID']) {
      expect(readAfterArm, name).toContain(name);
      expect(outputs).toContain(name);
    }
  });

  it('names the host and endpoint as the local dev tunnel does, so both environments read the same variables', () => {
    expect(main).toMatch(/output BOT_DOMAIN string = webApp\.properties\.defaultHostName/);
    expect(main).toMatch(/output BOT_ENDPOINT string = 'https:\/\/\$\{webApp\.properties\.defaultHostName\}'/);
    expect(main).toMatch(/output BOT_ID string = identity\.properties\.clientId/);
  });
});

describe('the web app (Linux App Service)', () => {
  const webApp = declaration(main, 'resource', 'webApp');

  it('is Linux, HTTPS only, always on, signed in as the user-assigned identity', () => {
    expect(webApp).toMatch(/kind: 'app,linux'/);
    expect(declaration(main, 'resource', 'serverfarm')).toMatch(/reserved: true/);
    expect(webApp).toMatch(/httpsOnly: true/);
    expect(webApp).toMatch(/alwaysOn: true/);
    expect(webApp).toMatch(/linuxFxVersion: linuxFxVersion/);
    expect(webApp).toMatch(/type: 'UserAssigned'/);
    expect(webApp).toMatch(/keyVaultReferenceIdentity: identity\.id/);
  });

  it('starts the built app without compiling: the startup command is the package start script', () => {
    expect(stringProperty(webApp, 'appCommandLine')).toBe(`node ${packageJson.main}`);
    expect(packageJson.scripts.start).toBe(`node ${packageJson.main}`);
    expect(Object.keys(packageJson.scripts)).not.toContain('prestart');
  });

  it('builds the dependencies on App Service without running this package\'s compile step', () => {
    const build = /CUSTOM_BUILD_COMMAND: '([^']+)'/.exec(appSettingsBlock)?.[1];
    expect(build).toBe('npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm rebuild');
    expect(appSettingsBlock).toMatch(/SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'/);
  });

  describe('health check', () => {
    let harness: BotHarness;
    beforeAll(async () => {
      harness = await BotHarness.start();
    });
    afterAll(async () => harness.stop());

    it('probes a path the bot serves with 200', async () => {
      const path = stringProperty(webApp, 'healthCheckPath')!;
      expect(path).toMatch(/^\//);
      const res = await fetch(`http://127.0.0.1:${harness.port}${path}`);
      expect(res.status).toBe(200);
    });
  });
});

describe('app settings, against what the code reads', () => {
  it('sets only variables the configuration reads, or ones with a known reader', () => {
    const unknown = appSettings.filter((name) => !CONFIG_VARIABLES.includes(name) && !(name in READ_ELSEWHERE));
    expect(unknown).toEqual([]);
  });

  it('sets the hosted bot\'s identity, mode and storage, and the tab and telemetry settings', () => {
    for (const name of ['NODE_ENV', 'BOT_ID', 'BOT_TYPE', 'BOT_TENANT_ID', 'DATABASE_URL', 'SUPPORT_CHANNEL_ID', 'SUPPORT_AGENT_IDS', 'SUPPORT_LANGUAGE',
      'TAB_SSO_CLIENT_ID', 'TAB_SSO_APP_ID_URI', 'APPLICATIONINSIGHTS_CONNECTION_STRING']) {
      expect(appSettings, name).toContain(name);
    }
    expect(appSettingsBlock).toMatch(/BOT_TYPE: 'UserAssignedMsi'/);
    expect(appSettingsBlock).toMatch(/TAB_SSO_APP_ID_URI: 'api:\/\/\$\{webApp\.properties\.defaultHostName\}\/\$\{tabSsoClientId\}'/);
    expect(appSettingsBlock).not.toMatch(/BOT_PASSWORD/);
  });

  it('passes DATABASE_URL only as a Key Vault reference, never the connection string itself', () => {
    expect(storageBlock).toMatch(/DATABASE_URL: '@Microsoft\.KeyVault\(VaultName=\$\{keyVaultName\};SecretName=\$\{databaseUrlSecretName\}\)'/);
    expect(declaration(main, 'resource', 'databaseUrl')).toMatch(/postgresql:\/\/.*sslmode=verify-full/);
    expect(declaration(main, 'resource', 'keyVaultSecretsUser')).toMatch(/principalId: identity\.properties\.principalId/);
    expect(main).toMatch(/keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'/);
  });

  it('makes a configuration the bot accepts once App Service resolves them (hosted, managed identity, PostgreSQL)', () => {
    const resolved: Record<string, string> = {
      WEBSITE_SITE_NAME: 'wfsupportabc123',
      NODE_ENV: 'production',
      BOT_ID: '5f0e3c1a-7b2d-4e8f-9a61-3c4d5e6f7a8b',
      BOT_TYPE: /BOT_TYPE: '(\w+)'/.exec(appSettingsBlock)![1]!,
      BOT_TENANT_ID: '0d9d9a3c-0000-4000-8000-00000000c0de',
      DATABASE_URL: 'postgresql://wfsupport:pw@wfsupportabc123-pg.postgres.database.azure.com:5432/wfsupport?sslmode=verify-full',
      SUPPORT_CHANNEL_ID: '', SUPPORT_AGENT_IDS: '', SUPPORT_LANGUAGE: 'en',
    };
    const config = loadConfig(resolved);
    expect(config).toMatchObject({ localMode: false, BOT_TYPE: 'UserAssignedMsi', SUPPORT_LANGUAGE: 'en' });
    expect(config.hosted).toMatch(/App Service/);
  });

  it('creates Log Analytics and a workspace-based Application Insights whose connection string reaches the app', () => {
    expect(main).toMatch(/resource logAnalytics 'Microsoft\.OperationalInsights\/workspaces@/);
    expect(declaration(main, 'resource', 'appInsights')).toMatch(/WorkspaceResourceId: logAnalytics\.id/);
    expect(appSettingsBlock).toMatch(/APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights\.properties\.ConnectionString/);
  });
});

describe('the Azure Bot (infra/botRegistration/azurebot.bicep)', () => {
  it('is a managed-identity bot posting to https://<web app>/api/messages, on the Teams channel', () => {
    expect(bot).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bot).toMatch(/endpoint: 'https:\/\/\$\{botAppDomain\}\/api\/messages'/);
    expect(bot).toMatch(/msaAppMSIResourceId: identityResourceId/);
    expect(bot).toMatch(/channelName: 'MsTeamsChannel'/);
  });

  it('gets every parameter it needs from azure.bicep, and only declared ones', () => {
    const module = declaration(main, 'module', 'azureBot');
    const passed = [...module.matchAll(/^\s{4}(\w+): /gm)].map((m) => m[1]!);
    const declared = bicepParams(bot);
    expect(passed.filter((name) => !declared.some((p) => p.name === name))).toEqual([]);
    expect(declared.filter((p) => !p.optional && !passed.includes(p.name)).map((p) => p.name)).toEqual([]);
    expect(module).toMatch(/botAppDomain: webApp\.properties\.defaultHostName/);
    expect(module).toMatch(/identityClientId: identity\.properties\.clientId/);
  });
});
