import { expect } from 'vitest';
import type { BotHarness } from './bot-harness';
import { cardsIn } from './bot-harness';
import { SUPPORT_CHANNEL, message, newUser, type TestUser } from './activities';
import type { ConnectorRecord } from './fake-connector';

export const ASK_PERSON = 'Please get me a human support agent about the Workfront for Outlook outlookIdentityToken error, nothing worked.';

export interface OpenedCase {
  user: TestUser;
  ref: string;
  caseId: string;
  cardRecord: ConnectorRecord;
  card: any;
}

export function actionsOf(card: any): any[] {
  const found: any[] = [];
  const walk = (node: any): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'Action.Execute' || node.type === 'Action.Submit') found.push(node);
    Object.values(node).forEach(walk);
  };
  walk(card);
  return found;
}

export function verbsOf(card: any): string[] {
  return actionsOf(card).map((a) => a.verb ?? a.data?.verb);
}

/** The case card posted for a user (the channel post that names them). */
export async function caseCardFor(bot: BotHarness, user: TestUser, since = 0): Promise<ConnectorRecord> {
  return bot.connector.waitFor((r) => r.conversationId === SUPPORT_CHANNEL && r.method === 'POST' && JSON.stringify(r.body).includes(user.name), 5000, since);
}

export function caseCardPosts(bot: BotHarness, user: TestUser): ConnectorRecord[] {
  return bot.connector.sent(SUPPORT_CHANNEL).filter((r) => r.method === 'POST' && JSON.stringify(r.body).includes(user.name));
}

export function userMessages(bot: BotHarness, user: TestUser, since = 0): ConnectorRecord[] {
  return bot.connector.sent(user.conversationId).filter((r) => r.at >= since);
}

export async function userReceives(bot: BotHarness, user: TestUser, pattern: RegExp, since = 0): Promise<ConnectorRecord> {
  return bot.connector.waitFor((r) => r.conversationId === user.conversationId && pattern.test(JSON.stringify(r.body)), 5000, since);
}

/** A user types a request for a person; returns the case as the agents see it. */
export async function openByAsking(bot: BotHarness, text = ASK_PERSON, user = newUser()): Promise<OpenedCase> {
  const since = bot.connector.now();
  const res = await bot.post(message(bot.url, user, text));
  expect(res.status).toBe(200);
  const cardRecord = await caseCardFor(bot, user, since);
  const card = cardsIn(cardRecord.body)[0];
  const ref = JSON.stringify(card).match(/WF-\d{4,}/)?.[0] ?? '';
  const claim = actionsOf(card).find((a) => a.verb === 'case.claim');
  // Both streams (channel and user) have delivered: later assertions start from a quiet state.
  await userReceives(bot, user, new RegExp(ref), since);
  return { user, ref, caseId: claim?.data?.caseId, cardRecord, card };
}

export const settle = (ms = 300): Promise<void> => new Promise((r) => setTimeout(r, ms));
