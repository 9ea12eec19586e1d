/**
 * The baseline for `npm run bench`: the least a Bot Framework bot can do on the same stack —
 * botbuilder CloudAdapter + restify, no auth, no storage, no recognition — replying to every message
 * with one small Adaptive Card through the connector, as ours does. Compiled to plain JS by the bench
 * and run with `node`, so neither side pays for a TypeScript loader.
 */
import restify from 'restify';
import { CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory, type TurnContext } from 'botbuilder';

const card = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Thanks, we got your message.', wrap: true }],
};

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer();
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));

server.get('/healthz', async (_req, res) => {
  res.send(200, { status: 'ok' });
});

server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (context: TurnContext) => {
    if (context.activity.type === 'message') await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  });
});

server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
