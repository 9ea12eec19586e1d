import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge';
import { createLogger } from '../logging/logger';
import { StorageError } from '../storage';
import { ETagConflictError } from '../storage/types';
import { createTurnErrorHandler } from './turn-errors';

const knowledge = loadKnowledge();

/** A turn on the botbuilder test adapter; what the handler sends is collected. */
function turn(activity: Partial<Activity>): { context: TurnContext; sent: Partial<Activity>[] } {
  const adapter = new TestAdapter();
  const context = new TurnContext(adapter, {
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/',
    id: 'activity-1',
    from: { id: '29:user-1', name: 'Lena' },
    recipient: { id: '28:bot', name: 'Bot' },
    conversation: { id: 'a:personal-1' } as Activity['conversation'],
    ...activity,
  });
  const sent: Partial<Activity>[] = [];
  context.onSendActivities(async (_ctx, activities) => {
    sent.push(...activities);
    return activities.map((_, i) => ({ id: `sent-${i}` }));
  });
  return { context, sent };
}

function handlerWithLog(): { handle: ReturnType<typeof createTurnErrorHandler>; lines: string[] } {
  const lines: string[] = [];
  const log = createLogger('warn', { write: (line: string) => lines.push(line) });
  return { handle: createTurnErrorHandler(knowledge, log), lines };
}

describe('turn error handler', () => {
  it('drops a lost conversation-state race quietly: no reply, no throw, a warning', async () => {
    const { handle, lines } = handlerWithLog();
    const { context, sent } = turn({ type: 'message', locale: 'en-US' });
    await expect(handle(context, new ETagConflictError('conversation/a:personal-1'))).resolves.toBeUndefined();
    expect(sent).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ level: 40, key: 'conversation/a:personal-1' });
  });

  it('rethrows a storage outage (so the channel redelivers) without apologising', async () => {
    const { handle, lines } = handlerWithLog();
    const { context, sent } = turn({ type: 'message', locale: 'en-US' });
    const outage = new StorageError('database unreachable');
    await expect(handle(context, outage)).rejects.toBe(outage);
    expect(sent).toEqual([]);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ level: 50, msg: 'turn failed' });
  });

  it.each([
    ['de-DE', 'de'],
    ['ja-JP', 'ja'],
    ['en-GB', 'en'],
    [undefined, 'en'],
  ] as const)('apologises for another failure in the language of locale %s', async (locale, lang) => {
    const { handle } = handlerWithLog();
    const { context, sent } = turn({ type: 'message', ...(locale ? { locale } : {}) });
    await handle(context, new Error('card builder failed'));
    expect(sent.map((a) => a.text)).toEqual([knowledge.t(lang, 'error.generic')]);
  });

  it('sends no message for a failed invoke (the invoke response carries the outcome)', async () => {
    const { handle, lines } = handlerWithLog();
    const { context, sent } = turn({ type: 'invoke', name: 'adaptiveCard/action', locale: 'fr-FR' });
    await handle(context, new Error('handler failed'));
    expect(sent).toEqual([]);
    expect(lines.join('')).toContain('turn failed');
  });

  it('does not throw when the apology itself cannot be sent', async () => {
    const { handle } = handlerWithLog();
    const { context } = turn({ type: 'message', locale: 'en-US' });
    context.onSendActivities(async () => {
      throw new Error('connector down');
    });
    await expect(handle(context, new Error('first failure'))).resolves.toBeUndefined();
  });
});
