import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from '../../../scripts/playground-lib';

interface BrowserGlobals {
  DataTransfer: new () => { setData(type: string, value: string): void };
  ClipboardEvent: new (type: string, init: Record<string, unknown>) => unknown;
}

/** What a person does in the Agents Playground UI, and where they look. */
export class PlaygroundUi {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'domcontentloaded' });
    await this.page.getByText('Personal Chat', { exact: true }).waitFor();
  }

  async openPersonalChat(): Promise<void> {
    await this.page.getByText('Personal Chat', { exact: true }).click();
  }

  async openChannel(name: string): Promise<void> {
    await this.page.getByText(name, { exact: true }).click();
  }

  /** Pastes text into the compose box (as from the clipboard, line breaks included) and sends it. */
  async pasteAndSend(text: string): Promise<void> {
    const editor = this.page.locator('[data-lexical-editor="true"]');
    await editor.click();
    await editor.evaluate((el, value) => {
      // Runs in the page: the DOM types are not part of this Node project's compilation.
      const dom = globalThis as unknown as BrowserGlobals;
      const data = new dom.DataTransfer();
      data.setData('text/plain', value);
      el.dispatchEvent(new dom.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }) as Event);
    }, text);
    await this.page.keyboard.press('Enter');
  }

  /** The rendered Adaptive Card that contains `text` (the newest one when several do). */
  card(text: string | RegExp): Locator {
    return this.page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
  }

  /** Waits for a message or card text anywhere in the conversation. */
  async waitForText(text: string | RegExp, timeout = 15_000): Promise<void> {
    await this.page.getByText(text).last().waitFor({ timeout });
  }

  /**
   * Saves what the person sees. The playground shows the time of day, so every run makes new pixels:
   * the pictures go to test-results/screenshots/, and to docs/screenshots/ only with UPDATE_SCREENSHOTS=1.
   */
  async screenshot(name: string): Promise<string> {
    const dir = path.join(ROOT, ...(process.env.UPDATE_SCREENSHOTS === '1' ? ['docs', 'screenshots'] : ['test-results', 'screenshots']));
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${name}.png`);
    // The chat list and the conversation, without the playground's log panel on the right.
    const viewport = this.page.viewportSize() ?? { width: 1280, height: 1000 };
    await this.page.screenshot({ path: file, clip: { x: 0, y: 0, width: Math.min(viewport.width, 948), height: viewport.height } });
    return file;
  }
}

/** The card's visible text as one string with collapsed spaces. */
export async function visibleText(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/**
 * The step numbers a reader sees, in order. A TextBlock "2." is markdown for an ordered list starting at 2,
 * so the renderer shows the number as a list marker (not as text): read both forms.
 */
export async function displayedNumbers(card: Locator): Promise<number[]> {
  return card.locator('.ac-textBlock').evaluateAll((blocks) =>
    blocks.flatMap((block) => {
      const list = block.querySelector('ol');
      if (list) return [Number(list.getAttribute('start') ?? '1')];
      const text = (block.textContent ?? '').trim();
      return /^\d+\.$/.test(text) ? [Number.parseInt(text, 10)] : [];
    }),
  );
}

/** Removes the markdown the bot's own strings may carry (code spans, emphasis), as a renderer would. */
export function withoutMarkdown(text: string): string {
  return text.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();
}

/** A regex for a message template like "Your request is now case {{ref}}.", capturing the variables. */
export function templateRegex(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\{\{\s*\w+\s*\}\}/g, '(.+?)'));
}
