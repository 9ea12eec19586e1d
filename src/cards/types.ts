/** The subset of Adaptive Cards 1.5 this bot sends, typed so builders cannot produce malformed JSON. */

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const CARD_VERSION = '1.5';

export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge' | 'Padding';
export type TextSize = 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
export type TextWeight = 'Lighter' | 'Default' | 'Bolder';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

interface ElementBase {
  id?: string;
  spacing?: Spacing;
  separator?: boolean;
}

/** Parses (a subset of) markdown: only for text the bot itself wrote. */
export interface TextBlock extends ElementBase {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: TextSize;
  weight?: TextWeight;
  isSubtle?: boolean;
  style?: 'default' | 'heading';
  fontType?: 'Default' | 'Monospace';
}

/** A TextRun is shown verbatim (no markdown), which is why user text goes here. */
export interface TextRun {
  type: 'TextRun';
  text: string;
  weight?: TextWeight;
  isSubtle?: boolean;
  italic?: boolean;
  size?: TextSize;
}

export interface RichTextBlock extends ElementBase {
  type: 'RichTextBlock';
  inlines: TextRun[];
}

export interface Column {
  type: 'Column';
  width?: 'auto' | 'stretch' | `${number}px` | number;
  items: CardElement[];
}

export interface ColumnSet extends ElementBase {
  type: 'ColumnSet';
  columns: Column[];
}

export interface Container extends ElementBase {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
}

export interface InputText extends ElementBase {
  type: 'Input.Text';
  id: string;
  label?: string;
  placeholder?: string;
  isMultiline?: boolean;
  maxLength?: number;
}

export type CardElement = TextBlock | RichTextBlock | ColumnSet | Container | InputText;

export interface ActionExecute {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, string>;
  style?: 'default' | 'positive' | 'destructive';
}

export interface ActionOpenUrl {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export type CardAction = ActionExecute | ActionOpenUrl;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: typeof CARD_SCHEMA;
  version: typeof CARD_VERSION;
  /** ISO 639-1 code of the language the card is written in. */
  lang: string;
  body: CardElement[];
  actions?: CardAction[];
  /** Teams-specific: let agent-facing cards use the full message width. */
  msteams?: { width: 'Full' };
}
