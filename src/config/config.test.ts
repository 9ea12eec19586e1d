import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('runs with no variables at all: local mode, embedded defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3978);
    expect(config.localMode).toBe(true);
    expect(config.DATA_DIR).toMatch(/data$/);
    expect(config.SUPPORT_AGENT_IDS).toEqual([]);
    expect(config.BOT_NOW).toBeUndefined();
  });

  it('treats empty values as unset, as Teams Toolkit env files leave them', () => {
    const config = loadConfig({ BOT_ID: '', BOT_PASSWORD: '', SUPPORT_CHANNEL_ID: ' ' });
    expect(config.localMode).toBe(true);
    expect(config.SUPPORT_CHANNEL_ID).toBeUndefined();
  });

  it('parses BOT_NOW, agent ids and numbers', () => {
    const config = loadConfig({ BOT_NOW: '2025-08-15T10:00:00Z', SUPPORT_AGENT_IDS: 'a, b,,c', PORT: '4000' });
    expect(config.BOT_NOW?.toISOString()).toBe('2025-08-15T10:00:00.000Z');
    expect(config.SUPPORT_AGENT_IDS).toEqual(['a', 'b', 'c']);
    expect(config.PORT).toBe(4000);
  });

  it('bounds heap growth by default, and takes 0 for V8\'s own policy', () => {
    expect(loadConfig({}).HEAP_GROWTH_PERCENT).toBe(50);
    expect(loadConfig({ HEAP_GROWTH_PERCENT: '0' }).HEAP_GROWTH_PERCENT).toBe(0);
    expect(() => loadConfig({ HEAP_GROWTH_PERCENT: '-5' })).toThrow(/HEAP_GROWTH_PERCENT/);
  });

  it('reports every bad value at once, one line each', () => {
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', BOT_NOW: 'tomorrow', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems;
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toMatch(/PORT/);
      expect(problems.join('\n')).toMatch(/BOT_NOW: must be an ISO date-time/);
      expect(problems.join('\n')).toMatch(/DATABASE_URL: must start with postgres/);
    }
  });

  it('refuses local mode in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/BOT_ID: is required when NODE_ENV=production/);
  });

  it('refuses local mode on Azure App Service (WEBSITE_SITE_NAME), whatever NODE_ENV says', () => {
    expect(() => loadConfig({ WEBSITE_SITE_NAME: 'wf-support' })).toThrow(/BOT_ID: is required on Azure App Service/);
    expect(() => loadConfig({ WEBSITE_SITE_NAME: 'wf-support', NODE_ENV: 'development' })).toThrow(/ALLOW_UNAUTHENTICATED=1/);
  });

  it('runs a hosted bot without BOT_ID only with ALLOW_UNAUTHENTICATED=1, and says why it is hosted', () => {
    const config = loadConfig({ WEBSITE_SITE_NAME: 'wf-support', ALLOW_UNAUTHENTICATED: '1' });
    expect(config.localMode).toBe(true);
    expect(config.hosted).toMatch(/App Service/);
    expect(() => loadConfig({ NODE_ENV: 'production', ALLOW_UNAUTHENTICATED: 'yes' })).toThrow(/ALLOW_UNAUTHENTICATED/);
    expect(() => loadConfig({ NODE_ENV: 'production', ALLOW_UNAUTHENTICATED: '0' })).toThrow(/BOT_ID/);
  });

  it('keeps local mode (no BOT_ID, not hosted) working without any flag', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config.localMode).toBe(true);
    expect(config.hosted).toBeUndefined();
    expect(config.BOT_TYPE).toBeUndefined();
  });

  it('infers BOT_TYPE from the credentials when it is not set', () => {
    const id = '00000000-0000-0000-0000-000000000001';
    const tenant = '00000000-0000-0000-0000-0000000000aa';
    expect(loadConfig({ BOT_ID: id, BOT_PASSWORD: 'secret' }).BOT_TYPE).toBe('MultiTenant');
    expect(loadConfig({ BOT_ID: id, BOT_PASSWORD: 'secret', BOT_TENANT_ID: tenant }).BOT_TYPE).toBe('SingleTenant');
    expect(loadConfig({ BOT_ID: id, BOT_TENANT_ID: tenant }).BOT_TYPE).toBe('UserAssignedMsi');
    expect(loadConfig({ BOT_ID: id, BOT_PASSWORD: 'secret', BOT_TENANT_ID: tenant, BOT_TYPE: 'MultiTenant' }).BOT_TYPE).toBe('MultiTenant');
  });

  it('checks what each bot type needs, naming the variable', () => {
    const id = '00000000-0000-0000-0000-000000000001';
    // A bot id alone is a managed identity, which needs its tenant.
    expect(() => loadConfig({ BOT_ID: id })).toThrow(/BOT_TENANT_ID: is required with BOT_TYPE=UserAssignedMsi \(BOT_ID without BOT_PASSWORD/);
    expect(() => loadConfig({ BOT_ID: id, BOT_TYPE: 'UserAssignedMsi', BOT_TENANT_ID: 't', BOT_PASSWORD: 'p' })).toThrow(/BOT_PASSWORD: must be empty/);
    expect(() => loadConfig({ BOT_ID: id, BOT_TYPE: 'SingleTenant', BOT_PASSWORD: 'p' })).toThrow(/BOT_TENANT_ID: is required with BOT_TYPE=SingleTenant/);
    expect(() => loadConfig({ BOT_ID: id, BOT_TYPE: 'MultiTenant' })).toThrow(/BOT_PASSWORD: is required with BOT_TYPE=MultiTenant/);
    expect(loadConfig({ BOT_ID: 'x', BOT_PASSWORD: 'y' }).localMode).toBe(false);
  });

  it('accepts a hosted managed-identity bot as the infrastructure configures it', () => {
    const config = loadConfig({
      WEBSITE_SITE_NAME: 'wf-support', NODE_ENV: 'production',
      BOT_ID: '00000000-0000-0000-0000-000000000001', BOT_TYPE: 'UserAssignedMsi', BOT_TENANT_ID: '00000000-0000-0000-0000-0000000000aa',
      SUPPORT_LANGUAGE: '', SUPPORT_CHANNEL_ID: '',
    });
    expect(config.localMode).toBe(false);
    expect(config.BOT_PASSWORD).toBeUndefined();
    expect(config.SUPPORT_LANGUAGE).toBe('en');
  });
});
