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

  it('requires a password with a bot id', () => {
    expect(() => loadConfig({ BOT_ID: '00000000-0000-0000-0000-000000000001' })).toThrow(/BOT_PASSWORD/);
    expect(loadConfig({ BOT_ID: 'x', BOT_PASSWORD: 'y' }).localMode).toBe(false);
  });
});
