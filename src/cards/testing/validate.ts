import type { Lang } from '../../knowledge/types';
import { FORBIDDEN_CHARS } from '../text';
import type { AdaptiveCard } from '../types';
import { officialParserProblems } from './parse';

/** Teams rejects messages above ~28 KB; the card is most of the message. */
export const MAX_CARD_BYTES = 28 * 1024;
const LEARN = /^https:\/\/learn\.microsoft\.com\/([a-z]{2}-[a-z]{2})\//;
/** Hosts a card may link to in markdown. Anything else in a markdown link is treated as injected. */
const LINK_HOSTS = new Set(['learn.microsoft.com']);

export interface ValidateOptions {
  lang: Lang;
  /** learn.microsoft.com locale expected in every Microsoft doc link (e.g. `fr-fr`). */
  learnLocale?: string;
  /** Untrusted strings placed in the card: must never appear where markdown is parsed. */
  userTexts?: string[];
}

interface Found {
  path: string;
  value: string;
  /** True where Teams parses markdown (TextBlock text, action titles...); false for TextRun etc. */
  markdown: boolean;
  /** True for a `url` property (Action.OpenUrl...). */
  isUrl: boolean;
}

/** Every string in the card with its path and whether it is rendered as markdown. */
function strings(node: unknown, path = '', markdown = false): Found[] {
  if (typeof node === 'string') return [{ path, value: node, markdown, isUrl: /(^|\.)url$/.test(path) }];
  if (Array.isArray(node)) return node.flatMap((n, i) => strings(n, `${path}[${i}]`, markdown));
  if (!node || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  return Object.entries(obj).flatMap(([key, value]) => {
    const parsesMarkdown = (obj.type === 'TextBlock' && key === 'text') || (key === 'title' && typeof value === 'string');
    return strings(value, path ? `${path}.${key}` : key, parsesMarkdown);
  });
}

/**
 * URLs a reader can open: `url` properties and URLs in markdown text (Teams turns those into links).
 * URLs inside TextRuns are user text shown verbatim, and `$schema` is not shown at all.
 */
function linksIn(found: Found[]): Array<{ path: string; url: string }> {
  return found.filter((f) => f.markdown || f.isUrl).flatMap((f) => [...f.value.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s)\]"']+/gi)].map((m) => ({ path: f.path, url: m[0] })));
}

/** All the ways a card can be wrong; empty when it is fit to send. */
export function cardProblems(card: AdaptiveCard, options: ValidateOptions): string[] {
  const problems: string[] = [...officialParserProblems(card)];
  if (card.type !== 'AdaptiveCard' || card.version !== '1.5') problems.push('not an Adaptive Card 1.5');
  if (card.$schema !== 'http://adaptivecards.io/schemas/adaptive-card.json') problems.push('missing $schema');
  if (card.lang !== options.lang) problems.push(`lang is "${card.lang}", expected "${options.lang}"`);

  const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
  if (bytes >= MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes (limit ${MAX_CARD_BYTES})`);

  const found = strings(card);
  for (const f of found) {
    if (FORBIDDEN_CHARS.test(f.value)) problems.push(`${f.path}: control or bidi character`);
    if (f.markdown && /<\s*at\b/i.test(f.value)) problems.push(`${f.path}: mention markup in markdown text`);
  }
  for (const { path, url } of linksIn(found)) {
    if (!url.startsWith('https://')) problems.push(`${path}: link is not https: ${url}`);
    const locale = LEARN.exec(url)?.[1];
    if (options.learnLocale && locale && locale !== options.learnLocale) {
      problems.push(`${path}: learn.microsoft.com locale ${locale}, expected ${options.learnLocale}`);
    }
  }
  for (const f of found.filter((x) => x.markdown)) {
    for (const m of f.value.matchAll(/(?<!\\)\[[^\]]*(?<!\\)\]\(([^)]*)\)/g)) {
      const host = /^https:\/\/([^/]+)/.exec(m[1] ?? '')?.[1];
      if (!host || !LINK_HOSTS.has(host)) problems.push(`${f.path}: markdown link to ${m[1]}`);
    }
    for (const u of options.userTexts ?? []) {
      if (u.trim() && /[[\]()*_<>`#]/.test(u) && f.value.includes(u)) problems.push(`${f.path}: unescaped user text`);
    }
  }
  return problems;
}

/** Throws with the list of problems; for tests. */
export function assertValidCard(card: AdaptiveCard, options: ValidateOptions): void {
  const problems = cardProblems(card, options);
  if (problems.length > 0) throw new Error(`Invalid card:\n  ${problems.join('\n  ')}`);
}
