/**
 * A year of support activity for the tab's bench, generated deterministically (seeded PRNG) and
 * written through the Store's own commit, as the bot writes it: cases with their events, the
 * interaction log, feedback.
 */
import type { Case, CaseEvent, CaseReason, CaseState } from '../../src/handoff/types';
import { LANGS, PHASES } from '../../src/knowledge';
import type { Interaction, Store } from '../../src/storage/types';

const DAY = 86_400_000;
const MIN = 60_000;
const BATCH = 1_000;
const REASONS: CaseReason[] = ['asked', 'asked', 'not-helped', 'not-helped', 'exception'];

/** Mulberry32: small, fast, and the same numbers on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeedOptions {
  cases: number;
  /** Cases still waiting or claimed (the queue), opened in the last two days. */
  active: number;
  now: Date;
}

export interface Seeded {
  cases: number;
  events: number;
  interactions: number;
  feedback: number;
}

/** Seeds `cases` cases over the year before `now`, and about 2.5 times as many people asking. */
export async function seedYear(store: Store, options: SeedOptions): Promise<Seeded> {
  const random = prng(15);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const end = options.now.getTime();
  const totals: Seeded = { cases: 0, events: 0, interactions: 0, feedback: 0 };
  const bot = { id: 'bot', name: 'Support Bot', role: 'bot' } as const;
  const agent = { id: '29:bench-agent', name: 'Bench Agent', role: 'agent' } as const;
  for (let start = 0; start < options.cases; start += BATCH) {
    const cases: Case[] = [];
    const events: CaseEvent[] = [];
    const interactions: Interaction[] = [];
    for (let i = start; i < Math.min(options.cases, start + BATCH); i += 1) {
      const isActive = i >= options.cases - options.active;
      const openedMs = isActive ? end - random() * 2 * DAY : end - 2 * DAY - random() * 363 * DAY;
      const opened = new Date(Math.floor(openedMs / 1000) * 1000).toISOString();
      const lang = pick(LANGS);
      const phase = pick(PHASES);
      const userKey = `bench-user-${i}`;
      const claimMs = openedMs + (1 + random() * 240) * MIN;
      const resolveMs = claimMs + (10 + random() * 2000) * MIN;
      const state: CaseState = isActive ? pick(['waiting', 'open', 'claimed'] as const) : random() < 0.9 ? 'resolved' : 'cancelled';
      const at = (ms: number) => new Date(Math.floor(ms)).toISOString();
      cases.push({
        id: `bench-case-${i}`, ref: `WF-${100_000 + i}`, userKey, user: { id: `29:${userKey}`, name: `Bench User ${i}`, aadObjectId: userKey },
        tenantId: 'bench-tenant', lang, phase, reason: pick(REASONS), state, userWords: [`Unable to get the outlookIdentityToken (${i})`],
        botAnswer: `answer card (${phase})`, transcript: [{ at: opened, from: 'user', text: 'Unexpected error / Unable to get the outlookIdentityToken' }],
        userConversation: { channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', bot: { id: '28:bench-bot' }, conversation: { id: `a:bench-${i}` } },
        ...(state === 'claimed' || state === 'resolved' ? { assignee: { id: agent.id, name: agent.name } } : {}),
        openedAt: opened, updatedAt: opened, version: 1,
      });
      events.push({ caseId: `bench-case-${i}`, at: opened, type: 'opened', actor: { id: `29:${userKey}`, name: `Bench User ${i}`, role: 'user' } });
      events.push({ caseId: `bench-case-${i}`, at: at(openedMs + 2000), type: 'posted', actor: bot });
      if (state === 'claimed' || state === 'resolved') events.push({ caseId: `bench-case-${i}`, at: at(Math.min(claimMs, end)), type: 'claimed', actor: agent });
      if (state === 'resolved') events.push({ caseId: `bench-case-${i}`, at: at(resolveMs), type: 'resolved', actor: agent });
      if (state === 'cancelled') events.push({ caseId: `bench-case-${i}`, at: at(resolveMs), type: 'cancelled', actor: { id: `29:${userKey}`, name: `Bench User ${i}`, role: 'user' } });
      interactions.push({ at: at(openedMs - 5 * MIN), userKey, lang, phase, kind: 'answer', message: true });
      interactions.push({ at: opened, userKey, lang, phase, kind: 'case', message: random() < 0.6 });
      // People answered without a case: one and a half per case, some asking twice.
      for (let d = 0; d < (random() < 0.5 ? 1 : 2); d += 1) {
        const askedMs = Math.min(end - 1000, openedMs + random() * DAY);
        const deflected = `bench-asker-${i}-${d}`;
        interactions.push({ at: at(askedMs), userKey: deflected, lang, phase, kind: 'answer', message: true });
        if (random() < 0.3) interactions.push({ at: at(askedMs + MIN), userKey: deflected, lang, phase, kind: 'answer', message: true });
        if (random() < 0.4) {
          await store.recordFeedback({ id: `bench-feedback-${i}-${d}`, at: at(askedMs + 2 * MIN), userKey: deflected, lang, phase, helped: random() < 0.8 });
          totals.feedback += 1;
        }
      }
    }
    const result = await store.commit({ dedupeKey: `bench-seed-${start}`, insertCases: cases, events, interactions });
    if (!result.ok) throw new Error(`seeding batch ${start} failed: ${result.reason}`);
    totals.cases += cases.length;
    totals.events += events.length;
    totals.interactions += interactions.length;
  }
  return totals;
}
