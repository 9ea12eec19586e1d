import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HandoffService } from '../handoff/service';
import { SupportChannels } from '../handoff/support-channel';
import { ManualClock, openRequest, openTempStore, registration, type TempStore } from '../handoff/testing/fixtures';
import type { Actor } from '../handoff/transitions';
import type { Case, ConversationRef } from '../handoff/types';
import { loadKnowledge } from '../knowledge';
import type { OutboxItem, OutboxKind, Store } from '../storage/types';
import { createDeliver } from './deliver';
import type { Messenger } from './messenger';
import type { Deliver } from './worker';

const knowledge = loadKnowledge();
const CHANNEL = '19:support-agents@thread.tacv2';
const agent: Actor = { id: '29:agent-a', name: 'Aiko Tan', role: 'agent' };

type Call =
  | { op: 'send'; target: ConversationRef; activity: Partial<Activity> }
  | { op: 'update'; target: ConversationRef; activityId: string; activity: Partial<Activity> };

/** Records what would go to Teams; new messages get ids act-1, act-2... */
class RecordingMessenger implements Messenger {
  readonly calls: Call[] = [];
  /** Runs inside send, before it returns (to change the case while the card is on its way). */
  duringSend?: () => Promise<void>;
  sendReturns: (n: number) => string | undefined = (n) => `act-${n}`;

  async send(target: ConversationRef, activity: Partial<Activity>): Promise<string | undefined> {
    this.calls.push({ op: 'send', target, activity });
    await this.duringSend?.();
    return this.sendReturns(this.calls.filter((c) => c.op === 'send').length);
  }

  async update(target: ConversationRef, activityId: string, activity: Partial<Activity>): Promise<void> {
    this.calls.push({ op: 'update', target, activityId, activity });
  }
}

/** The Adaptive Card content of a message, as JSON text, for looking up what it shows. */
function cardJson(activity: Partial<Activity> | undefined): string {
  const attachment = activity?.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return JSON.stringify(attachment?.content);
}

let clock: ManualClock;
let temp: TempStore;
let store: Store;
let service: HandoffService;
let channels: SupportChannels;
let messenger: RecordingMessenger;
let deliver: Deliver;

function setUp(configuredChannel?: string): void {
  channels = new SupportChannels(store, configuredChannel);
  messenger = new RecordingMessenger();
  deliver = createDeliver({ store, messenger, knowledge, channels, supportLang: 'en', clock: clock.now });
}

beforeEach(async () => {
  clock = new ManualClock('2025-08-01T09:00:00.000Z');
  temp = await openTempStore(clock.now);
  store = temp.store;
  service = new HandoffService(store, clock.now);
  setUp();
});
afterEach(async () => temp.dispose());

async function openCase(overrides: Parameters<typeof openRequest>[0] = {}): Promise<Case> {
  const result = await service.openOrAppend(openRequest(overrides));
  if (result.outcome === 'duplicate') throw new Error('unexpected duplicate');
  return result.case;
}

/** The pending outbox items of a case, oldest first, optionally of one kind. */
async function pending(caseId: string, kind?: OutboxKind): Promise<OutboxItem[]> {
  const items = await store.leaseOutbox(new Date('2100-01-01T00:00:00Z'), 1000, 0);
  return items.filter((i) => i.caseId === caseId && (!kind || i.kind === kind));
}

async function only(caseId: string, kind: OutboxKind): Promise<OutboxItem> {
  const items = await pending(caseId, kind);
  expect(items).toHaveLength(1);
  return items[0] as OutboxItem;
}

describe('post-case-card', () => {
  it('waits, without sending anything, while there is no support channel', async () => {
    const c = await openCase();
    expect(await deliver(await only(c.id, 'post-case-card'))).toEqual({ status: 'wait', retryInMs: 5000 });
    expect(messenger.calls).toEqual([]);
    expect((await store.getCase(c.id))?.state).toBe('waiting');
  });

  it('posts the card to the registered channel and records where it is', async () => {
    await channels.register({ id: CHANNEL, serviceUrl: 'https://smba.example/emea/', tenantId: 'tenant-agents' }, registration());
    const c = await openCase();
    clock.advance(2000);
    expect(await deliver(await only(c.id, 'post-case-card'))).toEqual({ status: 'delivered' });

    expect(messenger.calls).toHaveLength(1);
    const call = messenger.calls[0];
    expect(call?.op).toBe('send');
    expect(call?.target).toEqual({
      channelId: 'msteams',
      serviceUrl: 'https://smba.example/emea/',
      bot: c.userConversation.bot,
      conversation: { id: CHANNEL, isGroup: true, conversationType: 'channel', tenantId: 'tenant-agents' },
    });
    // Rendered as posted: "open", not "waiting to be sent".
    const card = cardJson(call?.activity);
    expect(card).toContain(knowledge.t('en', 'state.open'));
    expect(card).not.toContain(knowledge.t('en', 'state.waiting'));
    expect(card).toContain(c.ref.slice(3));

    const saved = await store.getCase(c.id);
    expect(saved).toMatchObject({
      state: 'open',
      version: c.version + 1,
      updatedAt: '2025-08-01T09:00:02.000Z',
      card: { conversationId: CHANNEL, activityId: 'act-1', serviceUrl: 'https://smba.example/emea/' },
    });
    expect((await store.listEvents(c.id)).at(-1)).toEqual({
      caseId: c.id,
      at: '2025-08-01T09:00:02.000Z',
      type: 'posted',
      actor: { id: 'bot', name: 'Support Bot', role: 'bot' },
    });
    expect(await pending(c.id, 'update-case-card')).toEqual([]);
  });

  it("uses SUPPORT_CHANNEL_ID with the user's service URL and tenant when nothing was registered", async () => {
    setUp(CHANNEL);
    const c = await openCase({ tenantId: 'tenant-user' });
    await deliver(await only(c.id, 'post-case-card'));
    expect(messenger.calls[0]?.target).toMatchObject({
      serviceUrl: c.userConversation.serviceUrl,
      conversation: { id: CHANNEL, tenantId: 'tenant-user' },
    });
  });

  it('does not post again when the same item is delivered a second time', async () => {
    await channels.register({ id: CHANNEL }, registration());
    const c = await openCase();
    const item = await only(c.id, 'post-case-card');
    await deliver(item);
    expect(await deliver(item)).toEqual({ status: 'delivered' });
    expect(messenger.calls).toHaveLength(1);
    expect((await store.listEvents(c.id)).filter((e) => e.type === 'posted')).toHaveLength(1);
  });

  it('queues a card update when the case changed while the card was being posted', async () => {
    await channels.register({ id: CHANNEL }, registration());
    const c = await openCase({ words: 'first words' });
    messenger.duringSend = async () => {
      messenger.duringSend = undefined;
      await service.openOrAppend(openRequest({ words: 'added while posting' }));
    };
    await deliver(await only(c.id, 'post-case-card'));
    const saved = await store.getCase(c.id);
    expect(saved?.userWords).toEqual(['first words', 'added while posting']);
    expect(saved?.card?.activityId).toBe('act-1');
    // One from the append itself, one because the posted card predates the append.
    expect(await pending(c.id, 'update-case-card')).toHaveLength(2);
  });

  it('fails (to be retried) when the channel gives the new card no id', async () => {
    await channels.register({ id: CHANNEL }, registration());
    messenger.sendReturns = () => undefined;
    const c = await openCase();
    await expect(deliver(await only(c.id, 'post-case-card'))).rejects.toThrow(/did not return an id/);
    expect((await store.getCase(c.id))?.card).toBeUndefined();
  });
});

describe('update-case-card', () => {
  it('does nothing before the card is posted', async () => {
    const c = await openCase();
    await service.act(c.id, { type: 'claim' }, agent, 'claim-1');
    expect(await deliver(await only(c.id, 'update-case-card'))).toEqual({ status: 'delivered' });
    expect(messenger.calls).toEqual([]);
  });

  it('updates the posted card in place with the latest state', async () => {
    await channels.register({ id: CHANNEL, serviceUrl: 'https://smba.example/emea/' }, registration());
    const c = await openCase();
    await deliver(await only(c.id, 'post-case-card'));
    await service.act(c.id, { type: 'claim' }, agent, 'claim-1');
    await deliver(await only(c.id, 'update-case-card'));

    const update = messenger.calls[1];
    if (update?.op !== 'update') throw new Error('expected an update');
    expect(update.activityId).toBe('act-1');
    expect(update.target).toMatchObject({ serviceUrl: 'https://smba.example/emea/', conversation: { id: CHANNEL, conversationType: 'channel' } });
    const card = cardJson(update.activity);
    expect(card).toContain(knowledge.t('en', 'state.claimed'));
    expect(card).toContain('Aiko Tan');
  });
});

describe('post-thread-reply', () => {
  it("waits while the card is not posted, then replies in the card's thread, cleaned, in the agents' language", async () => {
    const c = await openCase();
    await service.addUserMessage(c.id, 'Mac 16.89\u202E here', { id: '29:user-1', name: 'Lena\u200B Morel' }, 'msg-1');
    const reply = await only(c.id, 'post-thread-reply');
    expect(await deliver(reply)).toEqual({ status: 'wait', retryInMs: 5000 });
    expect(messenger.calls).toEqual([]);

    await channels.register({ id: CHANNEL, serviceUrl: 'https://smba.example/emea/' }, registration());
    await deliver(await only(c.id, 'post-case-card'));
    const cardId = (await store.getCase(c.id))?.card?.activityId;
    expect(await deliver(reply)).toEqual({ status: 'delivered' });
    const call = messenger.calls.at(-1);
    expect(call?.op).toBe('send');
    expect(call?.target.conversation).toEqual({ id: `${CHANNEL};messageid=${cardId}`, isGroup: true, conversationType: 'channel', tenantId: c.tenantId });
    expect(call?.activity.text).toBe(knowledge.t('en', 'thread.userWrote', { user: 'Lena Morel', text: 'Mac 16.89 here', ref: c.ref }));
    expect(call?.activity.textFormat).toBe('plain');
  });
});

describe('notify-user', () => {
  it("tells the user in the case's language, in their own conversation", async () => {
    const c = await openCase({ lang: 'fr' });
    const notices = await pending(c.id, 'notify-user');
    await deliver(notices[0] as OutboxItem);
    await service.act(c.id, { type: 'claim' }, agent, 'claim-1');
    await deliver((await pending(c.id, 'notify-user'))[1] as OutboxItem);

    expect(messenger.calls.map((call) => call.target)).toEqual([c.userConversation, c.userConversation]);
    const [opened, claimed] = messenger.calls.map((call) => call.activity.text);
    expect(opened).toBe(knowledge.t('fr', 'case.opened', { ref: c.ref }));
    expect(opened).toContain('dossier');
    expect(opened).toContain(c.ref);
    expect(claimed).toBe(knowledge.t('fr', 'case.claimed', { ref: c.ref, agent: 'Aiko Tan' }));
    expect(claimed).not.toBe(knowledge.t('en', 'case.claimed', { ref: c.ref, agent: 'Aiko Tan' }));
    expect(claimed).toContain('Aiko Tan');
  });

  it("cleans the agent's name and note of control and bidi characters, as the card does", async () => {
    const c = await openCase();
    const sly: Actor = { id: '29:agent-b', name: 'Bob\u202E nimdA', role: 'agent' };
    await service.act(c.id, { type: 'resolve', note: 'Reinstall\u0000 the add-in\u200B now\u2066' }, sly, 'resolve-1');
    const resolved = (await pending(c.id, 'notify-user')).at(-1) as OutboxItem;
    await deliver(resolved);
    const text = messenger.calls.at(-1)?.activity.text ?? '';
    expect(text).toBe(knowledge.t('en', 'case.resolved', { ref: c.ref, agent: 'Bob nimdA', note: 'Reinstall the add-in now' }));
    expect(text).not.toMatch(/[\u0000-\u0008\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
  });

  it('sends the answer card naming the case when the case was opened for an exception', async () => {
    const c = await openCase({ lang: 'de', reason: 'exception', phase: 'exception-only' });
    await deliver(await only(c.id, 'notify-user'));
    expect(messenger.calls).toHaveLength(1);
    expect(messenger.calls[0]?.target).toEqual(c.userConversation);
    const card = cardJson(messenger.calls[0]?.activity);
    expect(card).toContain(knowledge.t('de', 'answer.caseOpened', { ref: c.ref }));
    expect(card).toContain(knowledge.answer('de', 'exception-only', clock.now()).title);
  });
});

it('delivers nothing for an item whose case no longer exists', async () => {
  const item: OutboxItem = { id: 'x', kind: 'notify-user', caseId: 'gone', payload: { notice: 'text', key: 'case.opened' }, attempts: 0, nextAttemptAt: '', createdAt: '' };
  expect(await deliver(item)).toEqual({ status: 'delivered' });
  expect(messenger.calls).toEqual([]);
});
