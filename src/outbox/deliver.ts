import type { Activity } from 'botbuilder';
import { answerCard, caseCard } from '../cards';
import { cardMessage, plain } from '../cards/messages';
import { plainText } from '../cards/text';
import type { UserNotice } from '../handoff/notices';
import type { SupportChannels } from '../handoff/support-channel';
import type { Case, ConversationRef } from '../handoff/types';
import type { Knowledge, Lang } from '../knowledge';
import { MAX_REMINDERS, isUnclaimed } from '../reminders/schedule';
import type { OutboxItem, Store } from '../storage/types';
import type { Messenger } from './messenger';
import type { Deliver, DeliveryOutcome } from './worker';

export interface DeliveryDeps {
  store: Store;
  messenger: Messenger;
  knowledge: Knowledge;
  channels: SupportChannels;
  /** Language of the agents' case cards. */
  supportLang: Lang;
  clock: () => Date;
}

const DELIVERED: DeliveryOutcome = { status: 'delivered' };
/** With no support channel yet, case cards wait; they are posted once a channel is registered. */
const NO_CHANNEL_RETRY_MS = 5000;

export function createDeliver(deps: DeliveryDeps): Deliver {
  return async (item: OutboxItem) => {
    const found = await deps.store.getCase(item.caseId);
    if (!found) return DELIVERED; // nothing left to say about a case that does not exist
    switch (item.kind) {
      case 'post-case-card':
        return postCaseCard(deps, found, item);
      case 'update-case-card':
        return updateCaseCard(deps, found);
      case 'notify-user':
        return notifyUser(deps, found, item.payload as UserNotice);
      case 'post-thread-reply':
        return postThreadReply(deps, found, { author: String(item.payload.author ?? ''), text: String(item.payload.text ?? '') });
      case 'remind-agents':
        return remindAgents(deps, found, Number(item.payload.n));
    }
  };
}

async function postCaseCard(deps: DeliveryDeps, c: Case, item: OutboxItem): Promise<DeliveryOutcome> {
  if (c.card) return DELIVERED; // posted by an earlier attempt that crashed before it was marked
  const channel = await deps.channels.current();
  if (!channel) return { status: 'wait', retryInMs: NO_CHANNEL_RETRY_MS };
  const target = channelTarget(c, channel.id, channel.serviceUrl ?? c.userConversation.serviceUrl, channel.tenantId);
  // Rendered as it will be once posted, so the card needs no update right after.
  const asPosted: Case = { ...c, state: c.state === 'waiting' ? 'open' : c.state };
  const activityId = await deps.messenger.send(target, await caseCardActivity(deps, asPosted));
  if (!activityId) throw new Error('the channel did not return an id for the case card');
  await recordPosted(deps, c, { conversationId: channel.id, activityId, serviceUrl: target.serviceUrl }, item.id);
  return DELIVERED;
}

/** Remembers where the card is, so later changes update it in place; retried if a user or agent changed the case meanwhile. */
async function recordPosted(deps: DeliveryDeps, rendered: Case, card: NonNullable<Case['card']>, itemId: string): Promise<void> {
  const caseId = rendered.id;
  for (let attempt = 0; attempt < 5; attempt++) {
    const c = await deps.store.getCase(caseId);
    if (!c || c.card) return;
    const at = deps.clock().toISOString();
    const posted: Case = { ...c, card, state: c.state === 'waiting' ? 'open' : c.state, updatedAt: at, version: c.version + 1 };
    const result = await deps.store.commit({
      dedupeKey: `posted:${itemId}`,
      updateCases: [posted],
      events: [{ caseId, at, type: 'posted', actor: { id: 'bot', name: 'Support Bot', role: 'bot' } }],
      // Changed while the card was on its way (e.g. the user added words): refresh it.
      outbox: c.version === rendered.version ? [] : [{ kind: 'update-case-card', caseId, payload: {} }],
    });
    if (result.ok || result.reason === 'duplicate') return;
  }
  throw new Error('could not record where the case card was posted');
}

async function updateCaseCard(deps: DeliveryDeps, c: Case): Promise<DeliveryOutcome> {
  if (!c.card) return DELIVERED; // not posted yet: the pending post renders the latest state
  const target = channelTarget(c, c.card.conversationId, c.card.serviceUrl);
  await deps.messenger.update(target, c.card.activityId, await caseCardActivity(deps, c));
  return DELIVERED;
}

/** What the user wrote to their open case, as a reply in the case card's thread. */
export interface ThreadReply {
  author: string;
  text: string;
}

async function postThreadReply(deps: DeliveryDeps, c: Case, reply: ThreadReply): Promise<DeliveryOutcome> {
  // The thread is the card's: until the card is posted (no support channel yet), the reply waits with it.
  if (!c.card) return { status: 'wait', retryInMs: NO_CHANNEL_RETRY_MS };
  const thread = channelTarget(c, `${c.card.conversationId};messageid=${c.card.activityId}`, c.card.serviceUrl);
  const vars = cleaned({ user: reply.author, text: reply.text, ref: c.ref });
  await deps.messenger.send(thread, plain(deps.knowledge.t(deps.supportLang, 'thread.userWrote', vars)));
  return DELIVERED;
}

/** Where to write in the support channel: the channel itself, or a case card's thread in it. */
function channelTarget(c: Case, conversationId: string, serviceUrl: string, tenantId?: string): ConversationRef {
  return {
    channelId: 'msteams',
    serviceUrl,
    bot: c.userConversation.bot,
    conversation: { id: conversationId, isGroup: true, conversationType: 'channel', tenantId: tenantId ?? c.tenantId },
  };
}

async function notifyUser(deps: DeliveryDeps, c: Case, notice: UserNotice): Promise<DeliveryOutcome> {
  // Plain text: an agent's name or note reaches the user as typed, never as markdown.
  const activity =
    notice.notice === 'answer-card'
      ? cardMessage(answerCard(deps.knowledge, { lang: c.lang, phase: notice.phase, now: deps.clock(), caseRef: c.ref }))
      : plain(deps.knowledge.t(c.lang, notice.key, cleaned(notice.vars)));
  await deps.messenger.send(c.userConversation, activity);
  return DELIVERED;
}

/** Names and notes typed by people reach the user as plain text, cleaned like everything a card shows. */
function cleaned<T extends Record<string, string> | undefined>(vars: T): T {
  return vars && (Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, plainText(value)])) as T);
}

/** A reply in the case card's thread: the case still waits for an agent. */
async function remindAgents(deps: DeliveryDeps, c: Case, n: number): Promise<DeliveryOutcome> {
  if (!isUnclaimed(c.state)) return DELIVERED; // claimed or closed meanwhile: nothing to remind of
  if (!c.card) return { status: 'wait', retryInMs: NO_CHANNEL_RETRY_MS };
  const thread = channelTarget(c, `${c.card.conversationId};messageid=${c.card.activityId}`, c.card.serviceUrl);
  const lang = deps.supportLang;
  const age = deps.knowledge.formatAge(lang, deps.clock().getTime() - Date.parse(c.openedAt));
  await deps.messenger.send(thread, plain(deps.knowledge.t(lang, 'tab.reminder', { n: String(n), max: String(MAX_REMINDERS), ref: c.ref, age })));
  return DELIVERED;
}

export async function caseCardActivity(deps: Pick<DeliveryDeps, 'store' | 'knowledge' | 'supportLang' | 'clock'>, c: Case): Promise<Partial<Activity>> {
  const events = await deps.store.listEvents(c.id);
  const card = caseCard(deps.knowledge, { case: c, events, lang: deps.supportLang, now: deps.clock() });
  return cardMessage(card);
}
