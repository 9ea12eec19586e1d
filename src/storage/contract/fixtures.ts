import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach } from 'vitest';
import type { Case, CaseEvent } from '../../handoff/types';
import type { Store } from '../types';

/** One empty database (a SQLite file, a PostgreSQL database) on which several Store instances can be opened. */
export interface StoreBacking {
  open(): Promise<Store>;
  /** How another process reaches the same database (for the multi-process test). */
  target: { driver: 'sqlite' | 'postgres'; location: string };
  dispose(): Promise<void>;
}
export type MakeBacking = () => Promise<StoreBacking>;

export interface Stores {
  /** A new, migrated Store instance on this test's backing: a second call is "another process". */
  open(options?: { migrate?: boolean }): Promise<Store>;
  target(): StoreBacking['target'];
}

/** Gives each test a fresh backing and closes everything it opened. */
export function useStores(makeBacking: MakeBacking): Stores {
  let backing: StoreBacking | undefined;
  const opened: Store[] = [];
  beforeEach(async () => {
    backing = await makeBacking();
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close().catch(() => undefined);
    await backing?.dispose();
  });
  return {
    async open(options = {}) {
      if (!backing) throw new Error('no backing: open() must be called inside a test');
      const store = await backing.open();
      opened.push(store);
      if (options.migrate !== false) await store.migrate();
      return store;
    },
    target() {
      if (!backing) throw new Error('no backing: target() must be called inside a test');
      return backing.target;
    },
  };
}

const BASE_TIME = Date.parse('2025-07-14T09:00:00.000Z');
export const at = (minutes: number): string => new Date(BASE_TIME + minutes * 60_000).toISOString();

export function makeCase(overrides: Partial<Case> = {}): Case {
  const id = overrides.id ?? `case-${randomUUID()}`;
  return {
    id,
    ref: `WF-${id.slice(-8)}`,
    userKey: 'tenant-a:user-1',
    user: { id: '29:user-1', name: 'Ana Souza', aadObjectId: 'aad-1' },
    tenantId: 'tenant-a',
    lang: 'pt',
    phase: 'exception-only',
    reason: 'exception',
    state: 'open',
    userWords: ['O Outlook diz <b>"erro inesperado"</b> & não entra'],
    botAnswer: 'explained the exception phase',
    transcript: [{ at: at(0), from: 'user', text: 'ajuda 🙏' }],
    userConversation: { channelId: 'msteams', serviceUrl: 'https://smba.example.test/', bot: { id: '28:bot' }, conversation: { id: 'a:conv-1', tenantId: 'tenant-a' } },
    openedAt: at(0),
    updatedAt: at(0),
    version: 1,
    ...overrides,
  };
}

/** The same case after one change, as the caller must pass it to commit (version + 1). */
export function changed(item: Case, changes: Partial<Case>, minutes = 1): Case {
  return { ...item, ...changes, version: item.version + 1, updatedAt: at(minutes) };
}

export function event(caseId: string, type: CaseEvent['type'], minutes: number, detail?: string): CaseEvent {
  const actor: CaseEvent['actor'] = { id: '29:agent-7', name: 'Bo Agent', role: 'agent' };
  return { caseId, at: at(minutes), type, actor, ...(detail === undefined ? {} : { detail }) };
}

export const key = (): string => `activity-${randomUUID()}`;
