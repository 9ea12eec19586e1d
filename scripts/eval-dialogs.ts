/**
 * End-to-end measure of conversations: starts the built bot and a fake Bot Framework connector, plays
 * every dialog of a corpus turn by turn (one user, one personal chat each), and checks what each turn
 * brought back against its label, as the black-box probe does:
 *   resolution  the answer card (it links the Microsoft FAQ); no new case
 *   handoff     a case reaches the support channel (new, or the open one updated) and the user gets a reply
 *   none        no answer card, no new case
 *   followup    a reply that is not the off-topic line, not the same answer card again, no new case
 *   ack         no case, no answer card, not the off-topic line
 *   added       the message reaches the user's open case in the support channel; no new case; a reply
 *   npm run eval:dialogs -- [--corpus path] [--now ISO] [--min-accuracy 0.95]
 */
import { randomUUID } from 'node:crypto';
import { loadKnowledge } from '../src/knowledge';
import { LANGS } from '../src/knowledge/types';
import { FakeConnector, type ConnectorRecord } from '../test/support/fake-connector';
import { DEFAULT_DIALOGS, DialogSchema, option, printTable, ratio, readJsonl, type Dialog } from './corpus';
import { startBot, SUPPORT_CHANNEL_ID } from './eval-bot';

const FAQ = 'faq-nested-app-auth-outlook-legacy-tokens';
const QUIET_MS = 400;
const MAX_WAIT_MS = 5000;
const knowledge = loadKnowledge();
/** The off-topic line in every language (a short message may get it in the Teams locale's language). */
const OFF_TOPIC_LINES = new Set(LANGS.map((lang) => knowledge.t(lang, 'none.reply')));

type Expect = Dialog['turns'][number]['expect'];
type Got = 'handoff' | 'added' | 'resolution' | 'same-card' | 'silence' | 'off-topic-line' | 'reply';

interface TurnResult {
  dialog: Dialog;
  turn: number;
  expect: Expect;
  got: Got;
  ok: boolean;
}

/** Waits until nothing new reached the connector for a while (the outbox delivers a little after the turn). */
async function settle(connector: FakeConnector, since: number): Promise<void> {
  const deadline = Date.now() + MAX_WAIT_MS;
  for (;;) {
    const last = connector.records.reduce((latest, r) => (r.at >= since ? Math.max(latest, r.at) : latest), since);
    if (connector.now() - last >= QUIET_MS || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const cardsOf = (r: ConnectorRecord): unknown[] => (Array.isArray(r.body?.attachments) ? r.body.attachments.map((a: { content?: unknown }) => a.content) : []);

/** One user's conversation: the state the checks need between turns. */
class Chat {
  readonly user = randomUUID();
  readonly conversationId = `a:eval-${randomUUID()}`;
  private lastAnswerCard?: string;
  private readonly caseCards = new Set<string>();

  constructor(private readonly dialog: Dialog, private readonly botUrl: string, private readonly connector: FakeConnector) {}

  async say(text: string, expect: Expect): Promise<{ got: Got; ok: boolean }> {
    const since = this.connector.now();
    const response = await fetch(`${this.botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(this.activity(text)) });
    if (response.status >= 500) throw new Error(`bot answered ${response.status} in ${this.dialog.id}`);
    await settle(this.connector, since);
    const records = this.connector.records.filter((r) => r.at >= since);
    const mine = records.filter((r) => r.conversationId === this.conversationId && r.method === 'POST');
    const toSupport = records.filter((r) => r.conversationId?.startsWith(SUPPORT_CHANNEL_ID));
    const newCase = toSupport.some((r) => r.method === 'POST' && r.conversationId === SUPPORT_CHANNEL_ID && JSON.stringify(r.body).includes(this.user));
    for (const r of toSupport) if (r.method === 'POST' && r.conversationId === SUPPORT_CHANNEL_ID && r.createdId && JSON.stringify(r.body).includes(this.user)) this.caseCards.add(r.createdId);
    const reachedCase = toSupport.some((r) => this.caseCards.has(r.activityId ?? '') || this.caseCards.has(r.conversationId?.split(';messageid=')[1] ?? ''));
    const answerCard = mine.flatMap(cardsOf).map((c) => JSON.stringify(c)).find((c) => c.includes(FAQ));
    const reply = mine.map((r) => [r.body?.text ?? '', ...cardsOf(r).map((c) => JSON.stringify(c))].join('\n')).join('\n').trim();
    const offTopic = mine.some((r) => OFF_TOPIC_LINES.has(r.body?.text));
    const sameCard = answerCard !== undefined && answerCard === this.lastAnswerCard;
    if (answerCard) this.lastAnswerCard = answerCard;
    const got: Got = newCase ? 'handoff' : reachedCase ? 'added' : answerCard ? (sameCard ? 'same-card' : 'resolution') : !reply ? 'silence' : offTopic ? 'off-topic-line' : 'reply';
    const ok = {
      resolution: !!answerCard && !newCase,
      handoff: (newCase || reachedCase) && reply !== '',
      none: !answerCard && !newCase,
      followup: reply !== '' && !offTopic && !sameCard && !newCase,
      ack: !newCase && !answerCard && !offTopic,
      added: reachedCase && !newCase && reply !== '',
    }[expect];
    return { got, ok };
  }

  private activity(text: string): unknown {
    return {
      type: 'message', id: `eval-${randomUUID()}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: this.connector.url,
      from: { id: `29:${this.user}`, aadObjectId: this.user, name: `Eval ${this.user}` },
      recipient: { id: '28:eval-bot', name: 'Support Bot' },
      conversation: { id: this.conversationId, conversationType: 'personal', tenantId: 'eval-tenant' },
      channelData: { tenant: { id: 'eval-tenant' } },
      locale: this.dialog.locale ?? 'en-US', text,
    };
  }
}


async function main(): Promise<void> {
  const dialogs = readJsonl(option('corpus', DEFAULT_DIALOGS) ?? DEFAULT_DIALOGS, DialogSchema);
  const minimum = Number(option('min-accuracy', '0.95'));
  const connector = await FakeConnector.start();
  const bot = await startBot(option('now'));
  const results: TurnResult[] = [];
  try {
    for (const dialog of dialogs) {
      const chat = new Chat(dialog, bot.url, connector);
      for (const [index, turn] of dialog.turns.entries()) {
        const { got, ok } = await chat.say(turn.text, turn.expect);
        results.push({ dialog, turn: index + 1, expect: turn.expect, got, ok });
        if (!ok) console.log(`MISS ${dialog.id}#${index + 1} ${dialog.lang} expect=${turn.expect} got=${got} ${JSON.stringify(turn.text.slice(0, 100))}`);
      }
    }
  } finally {
    await bot.stop();
    await connector.close();
  }
  const accuracy = ratio(results.filter((r) => r.ok).length, results.length);
  const whole = ratio(dialogs.filter((d) => results.filter((r) => r.dialog === d).every((r) => r.ok)).length, dialogs.length);
  console.log(`\ndialogs ${dialogs.length}  turns ${results.length}  turn accuracy ${accuracy.toFixed(3)}  dialogs fully right ${whole.toFixed(3)}`);
  const by = (key: (r: TurnResult) => string): Array<[string, number, number]> => {
    const groups = new Map<string, TurnResult[]>();
    for (const r of results) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    return [...groups].map(([name, rs]) => [name, ratio(rs.filter((r) => r.ok).length, rs.length), rs.length]);
  };
  printTable('accuracy by expected turn', by((r) => r.expect));
  printTable('accuracy by language', by((r) => r.dialog.lang));
  if (accuracy < minimum) {
    console.error(`turn accuracy ${accuracy.toFixed(3)} is below --min-accuracy ${minimum}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
