import ignore from 'ignore';
import { describe, expect, it } from 'vitest';
import { readText } from './support/lifecycle';

/**
 * The Dockerfile cannot be built here (no Docker engine, no base images): these checks keep it in
 * line with the package, the App Service build and the health endpoint.
 */
const dockerfile = readText('Dockerfile');
const instructions = dockerfile.split('\n').filter((line) => /^[A-Z]+ /.test(line));
const stages = instructions.filter((line) => line.startsWith('FROM '));

describe('Dockerfile', () => {
  it('is multi-stage on the Node.js major the package and App Service use', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^FROM node:20-/);
    expect(readText('infra/azure.bicep')).toMatch(/param linuxFxVersion string = 'NODE\|20-lts'/);
  });

  it('installs the production dependencies with npm ci --omit=dev, without the compile step', () => {
    expect(dockerfile).toMatch(/RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm rebuild/);
  });

  it('runs the built app as a non-root user, as npm start does', () => {
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(/^USER node$/m);
    const cmd = /^CMD (\[.*\])$/m.exec(runtime)?.[1];
    const pkg = JSON.parse(readText('package.json')) as { scripts: { start: string } };
    expect((JSON.parse(cmd!) as string[]).join(' ')).toBe(pkg.scripts.start);
    expect(runtime).not.toMatch(/npm (ci|install)|tsc/);
  });

  it('checks liveness on /healthz (App Service routes on readiness, /readyz)', () => {
    expect(dockerfile).toMatch(/HEALTHCHECK [^\n]*\\\n\s+CMD node -e "fetch\('http:\/\/127\.0\.0\.1:' \+ \(process\.env\.PORT \|\| 3978\) \+ '\/healthz'\)/);
    expect(readText('infra/azure.bicep')).toMatch(/healthCheckPath: '\/readyz'/);
  });

  it('copies only what .dockerignore lets into the build context', () => {
    const context = ignore().add(readText('.dockerignore'));
    const sources = instructions
      .filter((line) => line.startsWith('COPY ') && !line.includes('--from='))
      .flatMap((line) => line.split(/\s+/).slice(1, -1));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((source) => context.ignores(source))).toEqual([]);
    for (const secret of ['env/.env.dev.user', '.localConfigs', 'data/support-bot.sqlite', 'node_modules/x']) expect(context.ignores(secret), secret).toBe(true);
  });
});
