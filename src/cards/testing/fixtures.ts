import type { Case, CaseEvent, CaseState } from '../../handoff/types';

/** Text written to break a card: a markdown link, a mention, emphasis, a bidi override and a control char. */
export const HOSTILE_TEXT = '[click](http://evil.example) <at>Everyone</at> **bold** \u202Egnp.exe\u0007 _x_ `code` # h';
export const CASE_STATES: readonly CaseState[] = ['waiting', 'open', 'claimed', 'resolved', 'cancelled'];

/** A case whose every user-provided field carries hostile text. */
export function hostileCase(state: CaseState, overrides: Partial<Case> = {}): Case {
  const at = '2025-08-15T10:00:00.000Z';
  return {
    id: 'case-0001',
    ref: 'WF-1024',
    userKey: 'tenant-1:29:user',
    user: { id: '29:user', name: `Mallory ${HOSTILE_TEXT}`, aadObjectId: '00000000-0000-4000-8000-000000000001', email: 'mallory@contoso.example' },
    tenantId: '72f988bf-0000-4000-8000-000000000001',
    lang: 'fr',
    phase: 'exception-only',
    reason: 'exception',
    state,
    userWords: [`Workfront pour Outlook : Unable to get the outlookIdentityToken ${HOSTILE_TEXT}`, HOSTILE_TEXT.repeat(40)],
    botAnswer: 'Answer card (exception-only, fr)',
    signals: ['exact-error', 'human-request'],
    transcript: [
      { at, from: 'user', text: HOSTILE_TEXT },
      { at, from: 'bot', text: 'Answer card (exception-only, fr)' },
    ],
    userConversation: { channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', bot: { id: '28:bot' }, conversation: { id: 'a:conv' } },
    ...(state === 'claimed' || state === 'resolved' ? { assignee: { id: '29:agent', name: `Agent ${HOSTILE_TEXT}` } } : {}),
    ...(state === 'resolved' ? { resolutionNote: `Exception granted ${HOSTILE_TEXT}` } : {}),
    openedAt: at,
    updatedAt: at,
    version: 1,
    ...overrides,
  };
}

export function hostileEvents(c: Case): CaseEvent[] {
  const user = { ...c.user, role: 'user' as const };
  const agent = { id: '29:agent', name: `Agent ${HOSTILE_TEXT}`, role: 'agent' as const };
  const bot = { id: '28:bot', name: 'Support Bot', role: 'bot' as const };
  return [
    { caseId: c.id, at: '2025-08-15T10:00:00.000Z', type: 'opened', actor: user },
    { caseId: c.id, at: '2025-08-15T10:00:01.000Z', type: 'posted', actor: bot },
    { caseId: c.id, at: '2025-08-15T10:05:00.000Z', type: 'appended', actor: user, detail: HOSTILE_TEXT },
    { caseId: c.id, at: '2025-08-15T11:00:00.000Z', type: 'claimed', actor: agent },
  ];
}
