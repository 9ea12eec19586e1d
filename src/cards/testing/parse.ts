import type * as ACTypes from 'adaptivecards';

// The package's ESM build (lib/) uses extensionless imports Node cannot load; its UMD build runs in
// Node without a DOM for parsing and validation, which is all the tests need.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof ACTypes;

/** Keys the official parser does not model but Teams defines and we send on purpose. */
const HOST_KEYS = new Set(['$schema', 'msteams']);

/**
 * Parses a card with Microsoft's own Adaptive Cards library (no Adaptive Cards 1.5 JSON schema is
 * shipped by any npm package we can use) and reports:
 * - parse events (unknown element/action types, invalid values),
 * - validateProperties() failures (e.g. duplicate ids, missing required properties),
 * - properties the parser dropped on a round trip (unknown or misspelled properties).
 */
export function officialParserProblems(card: unknown): string[] {
  const problems: string[] = [];
  // The library validates `lang` with a global (/g) RegExp whose lastIndex survives between calls,
  // so every second card would be reported as having an invalid lang. Reset it before each parse.
  const langPattern = AC.CardElement.langProperty.regEx;
  if (langPattern) langPattern.lastIndex = 0;
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parser: ${e.message}`);
  }
  for (const e of parsed.validateProperties().validationEvents) problems.push(`validation: ${e.message}`);
  const roundTrip = parsed.toJSON(context);
  problems.push(...droppedKeys(card, roundTrip, '').map((p) => `parser dropped ${p}`));
  return problems;
}

function droppedKeys(original: unknown, kept: unknown, path: string): string[] {
  if (Array.isArray(original)) {
    const keptArr = Array.isArray(kept) ? kept : [];
    return original.flatMap((item, i) => droppedKeys(item, keptArr[i], `${path}[${i}]`));
  }
  if (!original || typeof original !== 'object') return [];
  const keptObj = (kept && typeof kept === 'object' ? kept : {}) as Record<string, unknown>;
  return Object.entries(original as Record<string, unknown>).flatMap(([key, value]) => {
    if (path === '' && HOST_KEYS.has(key)) return [];
    const here = path ? `${path}.${key}` : key;
    if (!(key in keptObj)) return isDefaultValue(key, value) ? [] : [here];
    // Action data is free-form: the parser keeps it whole.
    if (key === 'data') return [];
    return droppedKeys(value, keptObj[key], here);
  });
}

/** The serializer omits properties equal to their default; those are not losses. */
function isDefaultValue(key: string, value: unknown): boolean {
  return (key === 'wrap' && value === false) || (key === 'isMultiline' && value === false) || (key === 'separator' && value === false);
}
