import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, loadKnowledge } from '../knowledge';
import { tabKeys, tabStrings } from './strings';

const WEB_SRC = path.resolve(__dirname, '../../web/tab/src');
const k = loadKnowledge();

/** Every literal key the page passes to t('…'). */
function keysUsedByThePage(): string[] {
  const source = readdirSync(WEB_SRC).map((file) => readFileSync(path.join(WEB_SRC, file), 'utf8')).join('\n');
  return [...new Set([...source.matchAll(/\bt\('([\w.-]+)'/g)].map((m) => m[1]!))];
}

describe('the tab\'s strings', () => {
  it('include every key the page uses, in every language, none left untranslated', () => {
    const used = keysUsedByThePage();
    expect(used.length).toBeGreaterThan(40);
    for (const lang of LANGS) {
      const strings = tabStrings(k, lang);
      const missing = used.filter((key) => !strings[key] || strings[key] === key);
      expect(missing, lang).toEqual([]);
    }
  });

  it('cover the whole tab section and the names shared with the case cards, with variables left for the page', () => {
    const strings = tabStrings(k, 'fr');
    expect(tabKeys()).toContain('tab.queue.heading');
    expect(strings['tab.queue.heading']).toBe('Dossiers ouverts');
    expect(strings['state.claimed']).toBe(k.t('fr', 'state.claimed'));
    expect(strings['event.reminded']).toContain('{{actor}}');
    expect(strings['tab.figure.durations']).toContain('{{median}}');
  });
});
