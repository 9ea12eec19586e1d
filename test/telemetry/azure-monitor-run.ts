/**
 * Run inside a network namespace of its own (see azure-monitor.e2e.test.ts): a fake Application Insights
 * ingestion endpoint on this namespace's loopback, the bot as a process pointed at it, one conversation,
 * a graceful stop (which flushes the exporters). Prints what the ingestion endpoint received, as JSON.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BotProcess } from '../support/bot-process';
import { FakeConnector } from '../support/fake-connector';
import { message, newUser } from '../support/activities';
import { SECRET_WORDS } from './secret-words';

async function main(): Promise<void> {
  const received: string[] = [];
  // The exporter only speaks HTTPS: a certificate for 127.0.0.1 that the bot is told to trust.
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-ingestion-'));
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  const ingestion = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      received.push(`${req.method} ${req.url}\n${(req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8')}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ itemsReceived: 1, itemsAccepted: 1, errors: [] }));
    });
  });
  await new Promise<void>((resolve) => ingestion.listen(0, '127.0.0.1', resolve));
  const endpoint = `https://127.0.0.1:${(ingestion.address() as AddressInfo).port}/`;
  const connector = await FakeConnector.start();
  const bot = await new BotProcess({
    APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-4000-8000-000000000001;IngestionEndpoint=${endpoint};LiveEndpoint=${endpoint}`,
    NODE_EXTRA_CA_CERTS: cert,
    LOG_LEVEL: 'info',
  }).start();
  try {
    await converse(bot, connector);
  } catch (error) {
    await bot.stop('SIGKILL'); // a bot left behind would outlive this run
    throw error;
  }
  const exit = await bot.stop('SIGTERM');
  await connector.close();
  ingestion.close();
  process.stdout.write(`${JSON.stringify({ exit, received, logs: bot.logs() })}\n`);
}

/** One answered message and one case: its card and notice go out through the outbox, each delivery a span. */
async function converse(bot: BotProcess, connector: FakeConnector): Promise<void> {
  const user = newUser();
  await bot.post(message(connector.url, user, `Workfront for Outlook says Unable to get the outlookIdentityToken. ${SECRET_WORDS}`));
  await connector.waitFor((r) => r.conversationId === user.conversationId, 10_000);
  const asking = newUser();
  await bot.post(message(connector.url, asking, `I need a person for the Workfront for Outlook outlookIdentityToken error. ${SECRET_WORDS}`));
  await connector.waitFor((r) => r.conversationId === asking.conversationId, 10_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
