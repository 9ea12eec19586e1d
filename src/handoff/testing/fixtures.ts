import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../storage/sqlite-store';
import type { Store } from '../../storage/types';
import type { OpenCaseRequest } from '../service';
import type { Registration } from '../support-channel';
import type { Case } from '../types';

/** A clock tests move by hand, shared by the store and the code under test. */
export class ManualClock {
  private ms: number;
  constructor(start: string) {
    this.ms = Date.parse(start);
  }
  readonly now = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface TempStore {
  store: Store;
  dispose(): Promise<void>;
}

/** A real, migrated SQLite store on a fresh temp file. */
export async function openTempStore(clock: () => Date): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-test-'));
  const store = new SqliteStore({ file: join(dir, 'support-bot.sqlite'), clock });
  await store.migrate();
  return {
    store,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The one user both builders describe, so a request and a case of the same person match. */
const USER = { id: '29:user-1', name: 'Lena Morel', aadObjectId: 'aad-user-1' };
const USER_CONVERSATION = { channelId: 'msteams', serviceUrl: 'https://smba.example.test/', bot: { id: '28:bot' }, conversation: { id: 'a:personal-1' } };

let requestCounter = 0;

/** A request as the bot builds it from a user's message; each call has a fresh dedupe key. */
export function openRequest(overrides: Partial<OpenCaseRequest> = {}): OpenCaseRequest {
  requestCounter += 1;
  return {
    dedupeKey: `activity-${requestCounter}-${Math.random().toString(36).slice(2)}`,
    userKey: USER.aadObjectId,
    user: USER,
    tenantId: 'tenant-1',
    lang: 'en',
    phase: 'exception-only',
    reason: 'asked',
    words: 'My Outlook add-in keeps failing at sign in',
    botAnswer: 'answer card (exception-only, en)',
    transcript: [{ at: '2025-08-01T09:00:00.000Z', from: 'user', text: 'add-in fails at sign in' }],
    userConversation: { ...USER_CONVERSATION, bot: { id: '28:bot', name: 'Bot' } },
    supportChannelKnown: true,
    ...overrides,
  };
}

/** A stored-looking case in any state, for pure transition tests. */
export function aCase(overrides: Partial<Case> = {}): Case {
  const at = '2025-08-01T09:00:00.000Z';
  return {
    id: 'case-1',
    ref: 'WF-0042',
    userKey: USER.aadObjectId,
    user: USER,
    tenantId: 'tenant-1',
    lang: 'en',
    phase: 'exception-only',
    reason: 'asked',
    state: 'open',
    userWords: ['Outlook add-in fails'],
    botAnswer: 'answer card',
    transcript: [],
    userConversation: USER_CONVERSATION,
    openedAt: at,
    updatedAt: at,
    version: 3,
    ...overrides,
  };
}

/** Who registers a support channel in tests (each call a new request). */
export function registration(): Registration {
  requestCounter += 1;
  return { actor: { id: '29:admin', name: 'Ada Admin' }, at: '2025-08-01T09:00:00.000Z', dedupeKey: `register-${requestCounter}` };
}
