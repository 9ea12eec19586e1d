import path from 'node:path';
import type { Case, CaseEvent } from '../../src/handoff/types';
import { makeCase } from '../../src/storage/contract/fixtures';
import { SqliteStore } from '../../src/storage/sqlite-store';
import type { Interaction } from '../../src/storage/types';

/** Three known days, 2026-11-02 to 2026-11-04, and the figures they must show. */
export const KNOWN_DAYS = { from: '2026-11-02', to: '2026-11-04' };
export const KNOWN_FIGURES = {
  people: 4, deflectionRate: 0.5, messages: 5, answers: 4, helped: 1, notHelped: 1, casesOpened: 2,
  claimMedianMin: 15, claimP90Min: 45, resolveMedianMin: 120,
  daily: [
    { day: '2026-11-02', messages: 3, answers: 2, helped: 0, notHelped: 0, casesOpened: 1 },
    { day: '2026-11-03', messages: 2, answers: 2, helped: 1, notHelped: 0, casesOpened: 0 },
    { day: '2026-11-04', messages: 0, answers: 0, helped: 0, notHelped: 1, casesOpened: 1 },
  ],
  byReason: { exception: 0, asked: 1, 'not-helped': 1 },
};

const at = (day: string, hhmm: string): string => `${day}T${hhmm}:00.000Z`;
const later = (iso: string, minutes: number): string => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const agent = { id: '29:agent', name: 'Ines Agent', role: 'agent' } as const;

/**
 * Writes the known days into the bot's SQLite file, through the store (as the bot would have):
 * u1 (en) answered; u2 (fr) answered, then handed off; u3 (de) answered twice and clicked "This
 * helped"; u4 (en) clicked "Talk to a person" (a click, not a message); u1 clicked "Still not working".
 */
export async function seedKnownDays(dataDir: string): Promise<{ resolved: Case; claimed: Case }> {
  const store = new SqliteStore({ file: path.join(dataDir, 'support-bot.sqlite'), checkpointEveryMs: 0 });
  const [d1, d2, d3] = ['2026-11-02', '2026-11-03', '2026-11-04'];
  const asked = (userKey: string, when: string, lang: string, kind: Interaction['kind'], message = true): Interaction => ({ at: when, userKey, lang, phase: 'retired', kind, message });
  const interactions = [
    asked('u1', at(d1, '08:00'), 'en', 'answer'),
    asked('u2', at(d1, '09:00'), 'fr', 'answer'),
    asked('u2', at(d1, '10:00'), 'fr', 'case'),
    asked('u3', at(d2, '11:00'), 'de', 'answer'),
    asked('u3', at(d2, '11:05'), 'de', 'answer'),
    asked('u4', at(d3, '09:00'), 'en', 'case', false),
  ];
  for (const [i, interaction] of interactions.entries()) await store.commit({ dedupeKey: `seed-interaction-${i}`, interactions: [interaction] });
  await store.recordFeedback({ id: 'seed-helped', at: at(d2, '11:10'), userKey: 'u3', lang: 'de', phase: 'retired', helped: true });
  await store.recordFeedback({ id: 'seed-not-helped', at: at(d3, '08:00'), userKey: 'u1', lang: 'en', phase: 'retired', helped: false });
  const event = (c: Case, type: CaseEvent['type'], when: string, detail?: string): CaseEvent =>
    ({ caseId: c.id, at: when, type, actor: type === 'opened' ? { ...c.user, role: 'user' } : agent, ...(detail ? { detail } : {}) });
  const opened1 = at(d1, '10:00');
  const resolved = makeCase({
    ref: 'WF-0901', userKey: 'u2', lang: 'fr', phase: 'retired', reason: 'asked', state: 'resolved', openedAt: opened1, updatedAt: later(opened1, 120),
    user: { id: '29:u2', name: 'Léa Martin', email: 'lea.martin@contoso.example' }, userWords: ['Outlook me dit « Unable to get the outlookIdentityToken », je veux parler à quelqu’un'],
    botAnswer: 'answer card (retired)', assignee: { id: '29:agent', name: 'Ines Agent' }, resolutionNote: 'Utilisez Workfront dans le navigateur.',
    transcript: [
      { at: at(d1, '09:00'), from: 'user', text: 'Workfront dans Outlook : Unable to get the outlookIdentityToken' },
      { at: at(d1, '09:00'), from: 'bot', text: '[answer card: retired]' },
      { at: at(d1, '10:00'), from: 'user', text: 'je veux parler à quelqu’un' },
    ],
  });
  const opened3 = at(d3, '09:00');
  const claimed = makeCase({
    ref: 'WF-0902', userKey: 'u4', lang: 'en', phase: 'retired', reason: 'not-helped', state: 'claimed', openedAt: opened3, updatedAt: later(opened3, 45),
    user: { id: '29:u4', name: 'Omar Haddad' }, userWords: ['The steps did not help, the add-in still says Unexpected error'], assignee: { id: '29:agent', name: 'Ines Agent' },
    botAnswer: 'answer card (retired)', transcript: [{ at: at(d3, '08:55'), from: 'user', text: 'Unexpected error in the Workfront add-in' }],
  });
  await store.commit({
    dedupeKey: 'seed-cases',
    insertCases: [resolved, claimed],
    events: [
      event(resolved, 'opened', opened1), event(resolved, 'claimed', later(opened1, 15)), event(resolved, 'resolved', later(opened1, 120), resolved.resolutionNote),
      event(claimed, 'opened', opened3), event(claimed, 'claimed', later(opened3, 45)),
    ],
  });
  await store.close();
  return { resolved, claimed };
}
