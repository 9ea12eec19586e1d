import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { describe, it } from 'vitest';

/** Debian's chromium (`apt-get install -y chromium`); nothing is downloaded at install time. */
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A describe() that needs Chromium. Without /usr/bin/chromium it is skipped with the reason printed,
 * unless REQUIRE_BROWSER=1 (CI), where the missing browser is a failure.
 */
export function describeWithBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  const reason = `${CHROMIUM} is missing (install it with: apt-get update && apt-get install -y chromium)`;
  if (process.env.REQUIRE_BROWSER === '1') {
    describe(name, () => {
      it('has a browser to run in (REQUIRE_BROWSER=1)', () => {
        throw new Error(reason);
      });
    });
    return;
  }
  console.warn(`[browser tests] SKIPPED "${name}": ${reason}`);
  describe.skip(`${name} [skipped: ${reason}]`, body);
}

export interface Browser {
  context: BrowserContext;
  /** Requests to anything but this machine, which were refused (the tests run offline). */
  blocked: string[];
  close(): Promise<void>;
}

const LOCAL = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

/** Headless Chromium with a fresh profile; every request that would leave the machine is aborted and recorded. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 1000 },
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (LOCAL.test(url) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return {
    context,
    blocked,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
