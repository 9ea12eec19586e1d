import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../handoff/testing/fixtures';
import { memoryKey, remember, TurnMemory } from './state';

const activity = { channelId: 'msteams', recipient: { id: '28:bot', name: 'Bot' }, conversation: { id: 'a:conv-1' } };
const key = memoryKey(activity);

describe('TurnMemory', () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await openTempStore(() => new Date('2025-09-01T10:00:00Z'));
  });
  afterEach(() => temp.dispose());

  const stored = async () => (await temp.store.readDocs([key]))[key]?.value;

  it('keeps one doc per conversation, under the key teams-ai used for conversation state', () => {
    expect(key).toBe('msteams/28:bot/conversations/a:conv-1');
  });

  it('writes the memory with the dedupe record, and a redelivery neither replies nor rewrites it', async () => {
    const first = await TurnMemory.load(temp.store, activity);
    first.value.lang = 'fr';
    expect(await first.commitHandled('act-1')).toEqual({ ok: true });
    expect(await stored()).toEqual({ lang: 'fr' });
    expect(await first.save()).toBe('unchanged');

    const redelivered = await TurnMemory.load(temp.store, activity);
    redelivered.value.lang = 'de';
    expect(await redelivered.commitHandled('act-1')).toEqual({ ok: false, reason: 'duplicate' });
    expect(await redelivered.save()).toBe('unchanged'); // nor at the end of its turn
    expect(await stored()).toEqual({ lang: 'fr' });
  });

  it('commits the reply when another turn saved the memory first, and keeps that turn\'s memory', async () => {
    await temp.store.writeDocs({ [key]: { value: { lang: 'en' } } });
    const slow = await TurnMemory.load(temp.store, activity);
    const fast = await TurnMemory.load(temp.store, activity);
    fast.value.lang = 'es';
    expect(await fast.commitHandled('act-fast')).toEqual({ ok: true });
    slow.value.lang = 'it';
    expect(await slow.commitHandled('act-slow')).toEqual({ ok: true });
    expect(await temp.store.wasProcessed('act-slow')).toBe(true);
    expect(await stored()).toEqual({ lang: 'es' });
  });

  it('saves at the end of a turn what it changed, and says when a concurrent turn saved first', async () => {
    await temp.store.writeDocs({ [key]: { value: {} } });
    const a = await TurnMemory.load(temp.store, activity);
    const b = await TurnMemory.load(temp.store, activity);
    expect(await a.save()).toBe('unchanged');
    remember(a.value, { at: '2025-09-01T10:00:00Z', from: 'user', text: 'hello' });
    expect(await a.save()).toBe('saved');
    b.value.lang = 'nl';
    expect(await b.save()).toBe('superseded');
    expect(await stored()).toEqual({ transcript: [{ at: '2025-09-01T10:00:00Z', from: 'user', text: 'hello' }] });
  });

  it('lets a change made after its own commit in the same turn overwrite that commit', async () => {
    await temp.store.writeDocs({ [key]: { value: {} } });
    const memory = await TurnMemory.load(temp.store, activity);
    memory.value.lang = 'ja';
    await memory.commitHandled('act-2');
    memory.value.topicAt = '2025-09-01T10:00:00.000Z';
    expect(await memory.save()).toBe('saved');
    expect(await stored()).toEqual({ lang: 'ja', topicAt: '2025-09-01T10:00:00.000Z' });
  });
});
