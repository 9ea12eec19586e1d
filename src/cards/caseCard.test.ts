import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load';
import { LANGS } from '../knowledge/types';
import { caseCard, chatDeepLink } from './caseCard';
import { CASE_STATES, HOSTILE_TEXT, hostileCase, hostileEvents } from './testing/fixtures';
import { assertValidCard } from './testing/validate';
import type { ActionExecute, AdaptiveCard } from './types';

const k = loadKnowledge();
const now = new Date('2025-08-15T12:00:00Z');
const REF_RE = /\b([A-Z]{2,6}-?\d{1,8})\b/;

/** The card's visible text in document order, as a reader (or the probe) would collect it. */
function visibleText(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(visibleText);
  if (!node || typeof node !== 'object') return [];
  const n = node as Record<string, unknown>;
  const own = (n.type === 'TextBlock' || n.type === 'TextRun') && typeof n.text === 'string' ? [n.text] : [];
  return [...own, ...Object.values(n).flatMap(visibleText)];
}
const verbs = (card: AdaptiveCard) => (card.actions ?? []).filter((a): a is ActionExecute => a.type === 'Action.Execute').map((a) => a.verb);

describe('caseCard', () => {
  for (const state of CASE_STATES) {
    for (const lang of ['en', 'fr', 'ja'] as const) {
      it(`${state} (${lang}) is valid and keeps hostile user text inert`, () => {
        const c = hostileCase(state);
        const card = caseCard(k, { case: c, events: hostileEvents(c), lang, now });
        assertValidCard(card, { lang, learnLocale: k.learnLocale(lang), userTexts: [HOSTILE_TEXT, c.user.name] });
        expect(REF_RE.exec(visibleText(card).join('\n'))?.[1]).toBe('WF-1024');
      });
    }
  }

  it('shows only the actions valid in each state', () => {
    const expected: Record<string, string[]> = {
      waiting: ['case.claim'],
      open: ['case.claim', 'case.resolve'],
      claimed: ['case.resolve'],
      resolved: ['case.reopen'],
      cancelled: ['case.reopen'],
    };
    for (const state of CASE_STATES) {
      const card = caseCard(k, { case: hostileCase(state), events: [], lang: 'en', now });
      expect(verbs(card), state).toEqual(expected[state]);
      const hasNote = JSON.stringify(card).includes('"id":"note"');
      expect(hasNote, state).toBe(expected[state]?.includes('case.resolve'));
      for (const a of card.actions ?? []) if (a.type === 'Action.Execute') expect(a.data).toEqual({ verb: a.verb, caseId: 'case-0001' });
    }
  });

  it('links to a Teams chat with the user', () => {
    const c = hostileCase('open');
    const card = caseCard(k, { case: c, events: [], lang: 'en', now });
    const open = card.actions?.find((a) => a.type === 'Action.OpenUrl');
    expect(open).toMatchObject({ url: 'https://teams.microsoft.com/l/chat/0/0?users=mallory%40contoso.example', title: 'Chat with the user' });
    const { email: _omit, ...noEmail } = c.user;
    expect(chatDeepLink({ ...c, user: noEmail })).toBe('https://teams.microsoft.com/l/chat/0/0?users=00000000-0000-4000-8000-000000000001');
    expect(chatDeepLink({ ...c, user: { id: '29:x', name: 'X' } })).toBeUndefined();
  });

  it('describes the case for the agent', () => {
    const c = hostileCase('claimed');
    const text = visibleText(caseCard(k, { case: c, events: hostileEvents(c), lang: 'en', now })).join('\n');
    for (const s of ['Case WF-1024', 'French', 'Microsoft exception required', 'Microsoft exception needed', 'an agent is on it', 'August 15, 2025', '2 hours ago', 'Claimed by Agent']) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('\u202E');
  });

  it("shows the case's recent exchange with who said what, agents by their (cleaned) name", () => {
    const at = '2025-08-15T11:00:00Z';
    const c = hostileCase('claimed', {
      transcript: [
        { at, from: 'user', text: 'I am on Outlook for Mac 16.89' },
        { at, from: 'agent', name: `Aiko ${HOSTILE_TEXT}`, text: 'Are you on the new Outlook?' },
        { at, from: 'user', text: 'yes, the new Outlook on Windows' },
      ],
    });
    const card = caseCard(k, { case: c, events: [], lang: 'en', now });
    const text = visibleText(card).join('\n');
    expect(text).toContain('User: \nI am on Outlook for Mac 16.89');
    expect(text).toMatch(/Agent Aiko [^\n]*: \nAre you on the new Outlook\?/);
    assertValidCard(card, { lang: 'en', learnLocale: k.learnLocale('en'), userTexts: [HOSTILE_TEXT, c.user.name] });
  });

  it('stays under the size limit with very long user input in every language', () => {
    for (const lang of LANGS) {
      const c = hostileCase('open', { userWords: Array(50).fill('x'.repeat(5000)), transcript: Array(200).fill({ at: '2025-08-15T10:00:00Z', from: 'user', text: 'y'.repeat(5000) }) });
      const events = Array(100).fill(hostileEvents(c)[2]);
      assertValidCard(caseCard(k, { case: c, events, lang, now }), { lang, learnLocale: k.learnLocale(lang) });
    }
  });
});
