/**
 * End-to-end measure: starts the real bot and a fake Bot Framework connector, sends every corpus
 * line as a Teams personal message (a new user each), and reads what the bot sent back.
 *   npm run eval -- [--corpus path] [--now 2025-08-01T12:00:00Z] [--min-accuracy 0.95]
 * resolution = a reply card linking the FAQ faq-nested-app-auth-outlook-legacy-tokens;
 * handoff = a card posted to the support channel; none = neither.
 */
import { randomUUID } from 'node:crypto';
import { FakeConnector, type ConnectorRecord } from '../test/support/fake-connector';
import { DEFAULT_CORPUS, type CorpusLine, type Expectation, groupAccuracy, option, type Outcome, percentile, precisionRecall, printTable, ratio, readCorpus } from './corpus';
import { startBot, SUPPORT_CHANNEL_ID } from './eval-bot';

const FAQ = 'faq-nested-app-auth-outlook-legacy-tokens';
const FIRST_REPLY_MS = 10_000;
/** Replies are settled once nothing new arrived for this long. */
const QUIET_MS = 400;

interface Observed {
  resolutionCard?: { lang?: string };
  caseCard: boolean;
  latencyMs?: number;
}

function activity(line: CorpusLine, serviceUrl: string, conversationId: string): unknown {
  const user = randomUUID();
  return {
    type: 'message', id: `eval-${randomUUID()}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl,
    from: { id: `29:${user}`, aadObjectId: user, name: `Eval ${line.id}` },
    recipient: { id: '28:eval-bot', name: 'Support Bot' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'eval-tenant' },
    channelData: { tenant: { id: 'eval-tenant' } },
    locale: line.locale ?? 'en-US', text: line.text,
  };
}

function adaptiveCards(record: ConnectorRecord): Array<Record<string, unknown>> {
  const attachments: unknown[] = Array.isArray(record.body?.attachments) ? record.body.attachments : [];
  return attachments
    .filter((a): a is { contentType: string; content: Record<string, unknown> } => typeof a === 'object' && a !== null && (a as { contentType?: unknown }).contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content);
}

async function settle(connector: FakeConnector, since: number): Promise<void> {
  const deadline = Date.now() + FIRST_REPLY_MS;
  for (;;) {
    const last = connector.records.reduce((latest, r) => (r.at >= since ? Math.max(latest, r.at) : latest), since);
    if (Date.now() - last >= QUIET_MS || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function send(line: CorpusLine, botUrl: string, connector: FakeConnector): Promise<Observed> {
  const conversationId = `a:eval-${randomUUID()}`;
  const start = Date.now();
  const response = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity(line, connector.url, conversationId)) });
  if (response.status >= 500) throw new Error(`bot answered ${response.status} for ${line.id}`);
  const first = await connector.waitFor((r) => r.conversationId === conversationId, FIRST_REPLY_MS, start).catch(() => undefined);
  await settle(connector, start);
  const records = connector.records.filter((r) => r.at >= start);
  const card = records.filter((r) => r.conversationId === conversationId).flatMap(adaptiveCards).find((c) => JSON.stringify(c).includes(FAQ));
  return {
    resolutionCard: card ? { lang: typeof card.lang === 'string' ? card.lang : undefined } : undefined,
    caseCard: records.some((r) => r.conversationId === SUPPORT_CHANNEL_ID && adaptiveCards(r).length > 0),
    latencyMs: first ? first.at - start : undefined,
  };
}

/** Per the contract: handoff needs the case card, resolution the FAQ card, none neither. */
function verdict(observed: Observed): Expectation {
  if (observed.caseCard) return 'handoff';
  return observed.resolutionCard ? 'resolution' : 'none';
}

function correct(line: CorpusLine, observed: Observed): boolean {
  if (line.expect === 'handoff') return observed.caseCard;
  if (line.expect === 'resolution') return Boolean(observed.resolutionCard);
  return !observed.caseCard && !observed.resolutionCard;
}

async function main(): Promise<void> {
  const lines = readCorpus(option('corpus', DEFAULT_CORPUS) ?? DEFAULT_CORPUS);
  const minimum = Number(option('min-accuracy', '0.95'));
  const connector = await FakeConnector.start();
  const bot = await startBot(option('now'));
  const outcomes: Outcome[] = [];
  const latencies: number[] = [];
  let cards = 0;
  let cardLangHits = 0;
  let hits = 0;
  try {
    for (const line of lines) {
      const observed = await send(line, bot.url, connector);
      const ok = correct(line, observed);
      if (ok) hits++;
      outcomes.push({ line, got: ok ? line.expect : verdict(observed) });
      if (observed.latencyMs !== undefined) latencies.push(observed.latencyMs);
      if (observed.resolutionCard) {
        cards++;
        if (observed.resolutionCard.lang === line.lang) cardLangHits++;
        else console.log(`CARD-LANG ${line.id} ${line.lang}/${line.locale} card=${observed.resolutionCard.lang}`);
      }
      if (!ok) console.log(`MISS ${line.id} ${line.lang} expect=${line.expect} got=${verdict(observed)} ${JSON.stringify(line.text.slice(0, 100))}`);
    }
  } finally {
    await bot.stop();
    await connector.close();
  }
  const accuracy = ratio(hits, lines.length);
  console.log(`\nlines ${lines.length}  accuracy ${accuracy.toFixed(3)}  card language ${ratio(cardLangHits, cards).toFixed(3)} (${cardLangHits}/${cards})`);
  for (const label of ['resolution', 'handoff', 'none'] as const) {
    const { precision, recall } = precisionRecall(outcomes, label);
    console.log(`  ${label.padEnd(11)} precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`);
  }
  printTable('accuracy by language', groupAccuracy(outcomes, (line) => line.lang));
  printTable('accuracy by category', groupAccuracy(outcomes, (line) => line.category));
  console.log(`\nlatency post -> first reply: p50 ${percentile(latencies, 0.5)} ms, p99 ${percentile(latencies, 0.99)} ms (${latencies.length} replies)`);
  if (accuracy < minimum) {
    console.error(`accuracy ${accuracy.toFixed(3)} is below --min-accuracy ${minimum}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
