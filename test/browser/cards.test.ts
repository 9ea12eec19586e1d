/**
 * Every card the bot can send, parsed and rendered by Microsoft's own Adaptive Cards renderer
 * (node_modules/adaptivecards/dist/adaptivecards.min.js) in a real browser page.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerCard, caseCard, helpCard, type AdaptiveCard } from '../../src/cards';
import { CASE_STATES, hostileCase, hostileEvents } from '../../src/cards/testing/fixtures';
import { LANGS, PHASES, loadKnowledge } from '../../src/knowledge';
import { ROOT } from '../../scripts/playground-lib';
import { describeWithBrowser, launchBrowser, type Browser } from './support/browser';

const k = loadKnowledge();
const NOW = new Date('2025-08-15T10:00:00Z');

/** Every card the bot sends: answer (each phase x language, plus the case-opened variant), help, case (each state). */
function everyCard(): Array<{ name: string; card: AdaptiveCard }> {
  const cards: Array<{ name: string; card: AdaptiveCard }> = [];
  for (const lang of LANGS) {
    for (const phase of PHASES) cards.push({ name: `answer ${phase} ${lang}`, card: answerCard(k, { lang, phase, now: NOW }) });
    cards.push({ name: `answer exception-only ${lang} with case`, card: answerCard(k, { lang, phase: 'exception-only', now: NOW, caseRef: 'WF-1024' }) });
    cards.push({ name: `help ${lang}`, card: helpCard(k, lang) });
    for (const state of CASE_STATES) {
      const c = hostileCase(state);
      cards.push({ name: `case ${state} ${lang}`, card: caseCard(k, { case: c, events: hostileEvents(c), lang, now: NOW }) });
    }
  }
  return cards;
}

interface Rendered {
  name: string;
  problems: string[];
  rendered: boolean;
  textLength: number;
  buttons: number;
}

/** The part of the adaptivecards UMD global (window.AdaptiveCards) these tests use. */
interface AcElement {
  innerText: string;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>;
}
interface AcCard {
  parse(json: unknown, context?: unknown): void;
  validateProperties(): { validationEvents: Array<{ message: string }> };
  render(): AcElement | undefined;
}
interface AcLibrary {
  AdaptiveCard: new () => AcCard;
  SerializationContext: new (version: unknown) => { eventCount: number; getEventAt(i: number): { message: string } };
  Versions: { v1_5: unknown };
  CardElement: { langProperty: { regEx?: RegExp } };
}

/** Runs in the page: parse with the official library, collect its warnings, render, measure. */
function parseAndRender(cards: Array<{ name: string; card: unknown }>): Rendered[] {
  const AC = (globalThis as unknown as { AdaptiveCards: AcLibrary }).AdaptiveCards;
  const doc = (globalThis as unknown as { document: { body: { appendChild(e: unknown): void } } }).document;
  return cards.map(({ name, card }) => {
    // The library keeps a global /g RegExp for `lang`: its lastIndex must not leak between cards.
    const langPattern = AC.CardElement.langProperty.regEx;
    if (langPattern) langPattern.lastIndex = 0;
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    const adaptiveCard = new AC.AdaptiveCard();
    adaptiveCard.parse(card, context);
    const problems: string[] = [];
    for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
    for (const e of adaptiveCard.validateProperties().validationEvents) problems.push(`validation: ${e.message}`);
    const element = adaptiveCard.render();
    if (element) doc.body.appendChild(element);
    return {
      name,
      problems,
      rendered: Boolean(element),
      textLength: element?.innerText.trim().length ?? 0,
      buttons: element?.querySelectorAll('button').length ?? 0,
    };
  });
}

describeWithBrowser('every bot card in the official Adaptive Cards renderer (Chromium)', () => {
  let browser: Browser;
  let page: Page;
  const cards = everyCard();

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js') });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it(`parses and renders all ${cards.length} cards without a warning`, async () => {
    expect(cards.length).toBe(LANGS.length * (PHASES.length + 2 + CASE_STATES.length));
    const results = await page.evaluate(parseAndRender, cards);
    expect(results.filter((r) => r.problems.length > 0).map((r) => `${r.name}: ${r.problems.join('; ')}`)).toEqual([]);
    for (const [i, result] of results.entries()) {
      expect(result.rendered, result.name).toBe(true);
      expect(result.textLength, result.name).toBeGreaterThan(40);
      expect(result.buttons, result.name).toBe(cards[i]!.card.actions?.length ?? 0);
    }
  });

  it('would catch a broken card (the check is not vacuous)', async () => {
    const broken = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlok', text: 'typo in the type' }, { type: 'TextBlock', text: 'x', size: 'Huge' }],
      actions: [{ type: 'Action.Execute', title: 'Go', verb: 'go' }, { type: 'Action.Execute', title: 'Go', verb: 'go', id: 'a' }, { type: 'Action.Submit', id: 'a' }],
    };
    const [result] = await page.evaluate(parseAndRender, [{ name: 'broken', card: broken }]);
    expect(result?.problems.length).toBeGreaterThanOrEqual(2);
  });

  it('shows the user text of a case card as text, never as markup', async () => {
    const c = hostileCase('open');
    const results = await page.evaluate(
      ([card]) => {
        const AC = (globalThis as unknown as { AdaptiveCards: AcLibrary }).AdaptiveCards;
        const adaptiveCard = new AC.AdaptiveCard();
        adaptiveCard.parse(card);
        const element = adaptiveCard.render();
        return element ? Array.from(element.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')) : ['not rendered'];
      },
      [caseCard(k, { case: c, events: hostileEvents(c), lang: 'en', now: NOW })] as const,
    );
    expect(results).not.toContain('not rendered');
    expect(results.filter((href) => href?.includes('evil.example'))).toEqual([]);
  });
});
