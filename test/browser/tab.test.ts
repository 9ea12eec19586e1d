/**
 * The support team's tab in Chromium: the page the bot serves at /tab/, driven as an agent would,
 * against the real bot (in this process) and the fake connector; accessibility checked with axe-core
 * on every view and theme. Screenshots: test-results/screenshots (docs/screenshots with UPDATE_SCREENSHOTS=1).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTab } from '../../scripts/build-tab';
import { BotHarness } from '../support/bot-harness';
import { openByAsking, userReceives, type OpenedCase } from '../support/handoff-helpers';
import { EntraServer, hostedEnv } from '../tab/entra';
import { KNOWN_DAYS, KNOWN_FIGURES, seedKnownDays } from '../tab/seed';
import { describeWithBrowser, launchBrowser, type Browser } from './support/browser';
import { collectPageErrors, seriousViolations, tabScreenshot } from './support/tab-page';

/** Waits for the page (a fresh bot pays for its first look-ups, the machine is shared): up to 10 s. */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

describeWithBrowser('the support team\'s tab (local mode)', () => {
  let bot: BotHarness;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let opened: OpenedCase;
  const url = (hash = '', query = '') => `http://127.0.0.1:${bot.port}/tab/${query}${hash}`;

  beforeAll(async () => {
    await buildTab();
    bot = await BotHarness.start();
    await seedKnownDays(bot.dataDir);
    opened = await openByAsking(bot);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  const figure = (label: string) => page.locator('.figure', { has: page.locator('dt', { hasText: label }) }).locator('dd.value');

  it('shows the queue after a handoff, says it is in local mode, and claims from the tab', async () => {
    await page.goto(url('#queue'));
    await eventually(() => page.locator('main table').count()).toBe(1);
    await eventually(() => page.locator('.banner').textContent()).toContain('Local mode');
    const row = page.locator('tbody tr', { hasText: opened.ref });
    await eventually(() => row.textContent()).toContain(opened.user.name);
    expect(await row.textContent()).toContain('User asked for a person');
    expect(await page.locator('tbody tr', { hasText: 'WF-0902' }).textContent()).toContain('Ines Agent');
    expect(await seriousViolations(page)).toEqual([]);
    await tabScreenshot(page, 'tab-queue');
    const since = bot.connector.now();
    await row.getByRole('button', { name: `Claim ${opened.ref}` }).click();
    await eventually(() => page.locator('#live').textContent()).toBe(`You now hold case ${opened.ref}.`);
    await eventually(() => page.locator('tbody tr', { hasText: opened.ref }).textContent()).toContain('Local agent');
    await userReceives(bot, opened.user, /Local agent/, since);
  });

  it('finds a past case and shows its whole history', async () => {
    await page.goto(url('#search'));
    await page.getByLabel('User (name or email)').fill('léa');
    await page.getByRole('button', { name: 'Search' }).click();
    await eventually(() => page.locator('tbody tr').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Open case WF-0901' }).click();
    await eventually(() => page.locator('h2').textContent()).toBe('Case WF-0901');
    const history = (await page.locator('ol.history li').allTextContents()).join('\n');
    expect(history).toMatch(/User: Workfront dans Outlook[\s\S]*Opened by Léa Martin[\s\S]*Claimed by Ines Agent[\s\S]*Resolved by Ines Agent/);
    expect(await page.locator('ul.words').textContent()).toContain('Unable to get the outlookIdentityToken');
    expect(await page.locator('main').textContent()).toContain('Utilisez Workfront dans le navigateur.');
    expect(await seriousViolations(page)).toEqual([]);
    await tabScreenshot(page, 'tab-case');
  });

  it('draws the insight of a period with the seeded figures, as charts and as tables', async () => {
    await page.goto(url('#insight'));
    await page.getByLabel('From').fill(KNOWN_DAYS.from);
    await page.getByLabel('Until').fill(KNOWN_DAYS.to);
    await page.getByRole('button', { name: 'Show' }).click();
    await eventually(() => figure('People who asked').textContent()).toBe(String(KNOWN_FIGURES.people));
    expect(await figure('Answered without a person').textContent()).toBe('50%');
    expect(await figure('Messages about the error').textContent()).toBe(String(KNOWN_FIGURES.messages));
    expect(await figure('Answers given').textContent()).toBe(String(KNOWN_FIGURES.answers));
    expect(await figure('Cases opened').textContent()).toBe(String(KNOWN_FIGURES.casesOpened));
    expect(await figure('Time to claim').textContent()).toBe('15 min');
    expect(await page.locator('.figure', { hasText: 'Time to claim' }).textContent()).toContain('90% within 45 min (cases: 2)');
    expect(await figure('Time to resolve').textContent()).toBe('2 hr');
    // The daily chart's table: one row per day, the seeded numbers.
    const daily = page.locator('figure.chart', { hasText: 'Messages and answers per day' });
    const rows = await daily.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toEqual([['Nov 2', '3', '2', '1'], ['Nov 3', '2', '2', '0'], ['Nov 4', '0', '0', '1']]);
    const reasons = page.locator('figure.chart', { hasText: 'Cases opened, by reason' });
    expect(await reasons.locator('tbody tr').allTextContents()).toEqual(['Microsoft exception needed0', 'User asked for a person1', 'Answer did not help1']);
    // The charts are drawn: their canvases hold non-blank pixels.
    type Canvas = { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } };
    const drawn = await page.locator('figure.chart canvas').evaluateAll((canvases) => canvases.map((c) => {
      const canvas = c as unknown as Canvas;
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      return data.some((value, i) => i % 4 === 3 && value > 0);
    }));
    expect(drawn).toEqual([true, true, true]);
    expect(await daily.locator('canvas').getAttribute('aria-label')).toBe('Messages and answers per day: Messages about the error 5, Answers given 4, Cases opened 2');
    const byLang = page.locator('section', { hasText: 'By language' });
    expect(await byLang.locator('tbody tr').allTextContents()).toEqual([expect.stringMatching(/^French1/), expect.stringMatching(/^German1/), expect.stringMatching(/^English2/)]);
    expect(await seriousViolations(page)).toEqual([]);
    await tabScreenshot(page, 'tab-insight');
  });

  it('downloads the daily figures as CSV that Excel opens (BOM, CRLF)', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the daily figures (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe(`daily-${KNOWN_DAYS.from}-${KNOWN_DAYS.to}.csv`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.split('\r\n')).toEqual([
      '\uFEFFday,messages,answers,helped,not_helped,cases_opened',
      ...KNOWN_FIGURES.daily.map((d) => [d.day, d.messages, d.answers, d.helped, d.notHelped, d.casesOpened].join(',')),
      '',
    ]);
    const [cases] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the cases (CSV)' }).click()]);
    expect(readFileSync((await cases.path())!, 'utf8')).toContain('WF-0901,2026-11-02T10:00:00.000Z,resolved,asked,fr,retired,Léa Martin');
  });

  it.each(['dark', 'contrast'])('keeps every view accessible in the %s theme', async (theme) => {
    for (const hash of ['#queue', '#search', '#insight']) {
      await page.goto(url(hash, `?theme=${theme}`));
      await eventually(() => page.locator('main h2').count()).toBe(1);
      await eventually(() => page.locator('main [aria-busy="true"], main p:text("Loading")').count()).toBe(0);
      expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
      expect(await seriousViolations(page), `${theme} ${hash}`).toEqual([]);
    }
    await page.getByLabel('From').fill(KNOWN_DAYS.from);
    await page.getByLabel('Until').fill(KNOWN_DAYS.to);
    await page.getByRole('button', { name: 'Show' }).click();
    await eventually(() => figure('People who asked').textContent()).toBe(String(KNOWN_FIGURES.people));
    expect(await seriousViolations(page), `${theme} insight of the known days`).toEqual([]);
    await tabScreenshot(page, `tab-insight-${theme}`);
  });

  it('ran without a page error or a Content-Security-Policy refusal, and asked nothing of the outside', () => {
    expect(errors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });
});

describeWithBrowser('the support team\'s tab (hosted mode): who may see it', () => {
  const AGENT = '11111111-2222-4333-8444-555555555555';
  let entra: EntraServer;
  let bot: BotHarness;
  let browser: Browser;

  beforeAll(async () => {
    await buildTab();
    entra = await EntraServer.start();
    bot = await BotHarness.start(hostedEnv(entra, [AGENT]));
    await seedKnownDays(bot.dataDir);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await entra?.close();
  });

  /**
   * The page as Teams would show it to the bearer of `token`: outside Teams the page has no token of
   * its own, so the test adds the Authorization header Teams SSO would give its API calls.
   */
  async function pageWithToken(token: string | undefined): Promise<Page> {
    const page = await browser.context.newPage();
    await page.route('**/api/tab/**', (route) => route.continue({ headers: { ...route.request().headers(), ...(token ? { authorization: `Bearer ${token}` } : {}) } }));
    await page.goto(`http://127.0.0.1:${bot.port}/tab/#queue`);
    return page;
  }

  it('shows a signed-in agent the queue, without the local-mode banner', async () => {
    const page = await pageWithToken(entra.token({ oid: AGENT, name: 'Ines Agent' }));
    await eventually(() => page.locator('tbody tr', { hasText: 'WF-0902' }).count()).toBe(1);
    expect(await page.locator('.banner').count()).toBe(0);
    await page.close();
  });

  it('refuses a validly signed token of someone who is not an agent: 403, the refusal, no data', async () => {
    const page = await pageWithToken(entra.token({ oid: '99999999-8888-4777-8666-555555555555', name: 'Not An Agent' }));
    const statuses: number[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/tab/session')) statuses.push(response.status());
    });
    await page.reload();
    await eventually(() => page.locator('.refusal').textContent()).toBe('Only support agents can see this tab. Ask your support lead to add you to the support team.');
    expect(statuses).toEqual([403]);
    expect(await page.locator('body').textContent()).not.toMatch(/WF-09|Omar|Léa/);
    expect(await page.locator('nav a').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await tabScreenshot(page, 'tab-forbidden');
    await page.close();
  });

  it('asks to sign in through Teams when the token is bad or missing (401)', async () => {
    for (const token of ['not.a.jwt', undefined]) {
      const page = await pageWithToken(token);
      await eventually(() => page.locator('.refusal').textContent()).toBe('Sign-in is needed: open this tab in Microsoft Teams.');
      expect(await page.locator('body').textContent()).not.toMatch(/WF-09/);
      await page.close();
    }
  });
});
