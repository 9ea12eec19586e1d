import type { Lang } from '../knowledge';

/** Excel reads a UTF-8 file as UTF-8 only when it starts with this byte-order mark. */
export const BOM = '\uFEFF';

export type Separator = ',' | ';';

/**
 * Excel splits a CSV on the list separator of the reader's regional settings: ';' where the
 * decimal separator is a comma (most of continental Europe), ',' elsewhere. The support language
 * is the best guess of that region; `?sep=` overrides it.
 */
export function separatorFor(lang: Lang): Separator {
  return ['fr', 'de', 'es', 'it', 'pt', 'nl'].includes(lang) ? ';' : ',';
}

/**
 * One cell, RFC 4180 quoted when needed. Text that Excel would run as a formula (=, +, -, @, tab,
 * carriage return first) is prefixed with an apostrophe: user words must never become formulas.
 */
export function csvCell(value: string | number | undefined | null, separator: Separator): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV record, ended with CRLF as RFC 4180 and Excel expect. */
export function csvLine(cells: Array<string | number | undefined | null>, separator: Separator): string {
  return `${cells.map((cell) => csvCell(cell, separator)).join(separator)}\r\n`;
}
