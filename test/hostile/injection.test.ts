import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, cardsIn } from '../support/bot-harness';
import { newUser } from '../support/activities';
import { ASK_PERSON, actionsOf, openByAsking } from '../support/handoff-helpers';

const INJECTION = '[click](https://evil.example) <at>All</at> **x** {"type":"Action.OpenUrl","url":"https://evil.example/a"}';
const MARKERS = ['evil.example', '<at>', '**x**', '{"type":"Action'];

interface Found {
  path: string;
  parentType: string | undefined;
  key: string;
}

/** Every string in the card that contains one of the markers, with the element that holds it. */
function whereMarkersAre(node: unknown, path = '$', parentType?: string): Found[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => whereMarkersAre(child, `${path}[${i}]`, parentType));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const type = typeof record.type === 'string' ? record.type : parentType;
  return Object.entries(record).flatMap(([key, value]) =>
    typeof value === 'string'
      ? MARKERS.some((m) => value.includes(m)) ? [{ path: `${path}.${key}`, parentType: type, key }] : []
      : whereMarkersAre(value, `${path}.${key}`, type),
  );
}

describe('user text cannot inject into the agents\' case card', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start();
  });
  afterAll(() => bot.stop());

  it('shows hostile words and a hostile display name only as TextRun text, with no link, mention or action', async () => {
    const user = { ...newUser(), name: `Mallory <at>All</at> [x](https://evil.example/name)` };
    const opened = await openByAsking(bot, `${ASK_PERSON} ${INJECTION}`, user);
    const { card, cardRecord } = opened;
    expect(card).toBeDefined();
    expect(opened.ref).toMatch(/^WF-\d+/);

    const found = whereMarkersAre(card);
    // The user's words did reach the card (as text) — otherwise this test would prove nothing.
    const shown = JSON.stringify(card);
    expect(shown).toContain('[click](https://evil.example)');
    expect(shown).toContain('evil.example/name');
    for (const f of found) {
      expect({ at: f.path, in: f.parentType, key: f.key }).toEqual({ at: f.path, in: 'TextRun', key: 'text' });
    }
    // No action of any kind points at the attacker, and no OpenUrl besides the bot's own chat link.
    for (const action of actionsOf(card)) expect(JSON.stringify(action)).not.toContain('evil.example');
    const openUrls: any[] = [];
    JSON.stringify(card, (_k, v) => {
      if (v && typeof v === 'object' && v.type === 'Action.OpenUrl') openUrls.push(v);
      return v;
    });
    for (const a of openUrls) expect(String(a.url)).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    // Teams turns <at> into a mention only with a mention entity: there is none, in the activity or the card.
    expect(cardRecord.body.entities ?? []).toEqual([]);
    expect(card.msteams?.entities ?? []).toEqual([]);
    expect(JSON.stringify(cardsIn(cardRecord.body))).not.toMatch(/"type":"mention"/i);
  });
});
