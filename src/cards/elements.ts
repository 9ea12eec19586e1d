import type { Lang } from '../knowledge/types';
import {
  CARD_SCHEMA, CARD_VERSION, type AdaptiveCard, type CardAction, type CardElement, type ColumnSet,
  type RichTextBlock, type TextBlock, type TextRun,
} from './types';
import { plainText } from './text';

/** Small constructors so card builders read like the card they produce. */

export function card(lang: Lang, body: CardElement[], actions: CardAction[] = [], fullWidth = false): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: CARD_VERSION,
    lang,
    body,
    ...(actions.length > 0 ? { actions } : {}),
    ...(fullWidth ? { msteams: { width: 'Full' as const } } : {}),
  };
}

/** Bot-written text (may contain markdown the bot controls). */
export function text(value: string, extra: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...extra };
}

export function title(value: string): TextBlock {
  return text(value, { size: 'Large', weight: 'Bolder', style: 'heading' });
}

export function heading(value: string): TextBlock {
  return text(value, { weight: 'Bolder', spacing: 'Medium', separator: true });
}

/** A run of untrusted text: cleaned, capped, and never parsed as markdown. */
export function userRun(value: string, maxChars?: number, extra: Omit<TextRun, 'type' | 'text'> = {}): TextRun {
  return { type: 'TextRun', text: plainText(value, maxChars) || '—', ...extra };
}

/** A run of the bot's own text (a label, an age), kept as written, spaces included. */
export function ownRun(value: string, extra: Omit<TextRun, 'type' | 'text'> = {}): TextRun {
  return { type: 'TextRun', text: value, ...extra };
}

export function rich(...inlines: TextRun[]): RichTextBlock {
  return { type: 'RichTextBlock', inlines };
}

/** "label   value" row; the value is a TextRun so it may safely hold user text. */
export function fact(label: string, value: string, maxChars = 200): ColumnSet {
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: '130px', items: [text(label, { weight: 'Bolder' })] },
      { type: 'Column', width: 'stretch', items: [rich(userRun(value, maxChars))] },
    ],
  };
}

/** "1.  step text" with a hanging number, so wrapped lines stay aligned. */
export function numbered(index: number, value: string): ColumnSet {
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: 'auto', items: [text(`${index}.`, { weight: 'Bolder' })] },
      { type: 'Column', width: 'stretch', items: [text(value)] },
    ],
  };
}
