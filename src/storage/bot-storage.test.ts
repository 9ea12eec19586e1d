import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotStateStorage } from './bot-storage';
import { SqliteStore } from './sqlite-store';
import { ETagConflictError } from './types';

const activity: Partial<Activity> = {
  type: ActivityTypes.Message,
  channelId: 'msteams',
  recipient: { id: '28:bot', name: 'bot' },
  conversation: { id: 'a:conversation-1', name: 'chat', isGroup: false, conversationType: 'personal' },
  from: { id: '29:user-1', name: 'user' },
  text: 'hello',
};

interface ConversationState {
  lastLang?: string;
  count?: number;
}
const newState = (): TurnState<ConversationState> => new TurnState<ConversationState>();

function turnContext(): TurnContext {
  return new TurnContext(new TestAdapter(), { ...activity });
}

// The integration teams-ai relies on: TurnState.load/save through BotStateStorage on a real store.
describe('BotStateStorage with teams-ai TurnState', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bot-storage-'));
    store = new SqliteStore({ file: join(dir, 'support-bot.sqlite') });
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('persists conversation state between turns', async () => {
    const storage = new BotStateStorage(store);
    const first = newState();
    await first.load(turnContext(), storage);
    first.conversation.lastLang = 'ja';
    await first.save(turnContext(), storage);
    const second = newState();
    await second.load(turnContext(), storage);
    expect(second.conversation.lastLang).toBe('ja');
  });

  it('rejects the save of a turn that loaded state before another turn saved it', async () => {
    const storage = new BotStateStorage(store);
    const seed = newState();
    await seed.load(turnContext(), storage);
    seed.conversation.count = 0;
    await seed.save(turnContext(), storage);
    const [slow, fast] = [newState(), newState()];
    await slow.load(turnContext(), storage);
    await fast.load(turnContext(), storage);
    fast.conversation.count = 1;
    await fast.save(turnContext(), storage);
    slow.conversation.count = 2;
    await expect(slow.save(turnContext(), storage)).rejects.toBeInstanceOf(ETagConflictError);
  });
});
