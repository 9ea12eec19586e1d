import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithPostgres } from './support/describe-postgres';
import { startPostgres, type RunningPostgres } from './support/postgres';
import { BotProcess } from './support/bot-process';
import { FakeConnector } from './support/fake-connector';
import { SUPPORT_CHANNEL, asAgent, execute, message, newUser } from './support/activities';
import { ASK_PERSON, actionsOf, settle } from './support/handoff-helpers';
import { cardsIn } from './support/bot-harness';
import { Client } from 'pg';

/** The outbox as the database holds it, to explain a failure. */
async function outboxRows(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT kind, attempts, next_attempt_at, lease_until, delivered_at, last_error, now() AS db_now FROM outbox ORDER BY created_at DESC LIMIT 6');
    return JSON.stringify(rows, null, 1);
  } finally {
    await client.end();
  }
}

// Two bot processes on one PostgreSQL, as several instances behind Azure Bot Service.
describeWithPostgres('two instances on one PostgreSQL', () => {
  let pg: RunningPostgres;
  let connector: FakeConnector;
  let a: BotProcess;
  let b: BotProcess;

  beforeAll(async () => {
    pg = await startPostgres();
    connector = await FakeConnector.start();
    const env = { DATABASE_URL: pg.url, LOG_LEVEL: 'info' };
    // Started together: migrations must be safe when instances start at once.
    [a, b] = await Promise.all([new BotProcess(env).start(), new BotProcess(env).start()]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop('SIGKILL'), b?.stop('SIGKILL')]);
    await connector?.close();
    await pg?.stop();
  });

  it('opens one case and tells the user once when a retry lands on the other instance', async () => {
    const user = newUser();
    const activity = message(connector.url, user, ASK_PERSON);
    const [ra, rb] = await Promise.all([a.post(activity), b.post(activity)]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    await connector.waitFor((r) => r.conversationId === SUPPORT_CHANNEL && JSON.stringify(r.body).includes(user.name));
    await settle(1500);
    const cases = connector.sent(SUPPORT_CHANNEL).filter((r) => r.method === 'POST' && JSON.stringify(r.body).includes(user.name));
    expect(cases).toHaveLength(1);
    expect(connector.sent(user.conversationId)).toHaveLength(1);
  });

  it('drains the outbox from both instances without double sends', async () => {
    const users = Array.from({ length: 12 }, () => newUser());
    await Promise.all(users.map((u, i) => (i % 2 ? a : b).post(message(connector.url, u, ASK_PERSON))));
    await settle(2500);
    for (const u of users) {
      expect(connector.sent(SUPPORT_CHANNEL).filter((r) => r.method === 'POST' && JSON.stringify(r.body).includes(u.name))).toHaveLength(1);
      expect(connector.sent(u.conversationId)).toHaveLength(1);
    }
  });

  it('loses nothing when one instance is killed: the other serves the claim and delivers what was pending', async () => {
    const user = newUser();
    await a.post(message(connector.url, user, ASK_PERSON));
    const posted = await connector.waitFor((r) => r.conversationId === SUPPORT_CHANNEL && JSON.stringify(r.body).includes(user.name));
    const claim = actionsOf(cardsIn(posted.body)[0]).find((x) => x.verb === 'case.claim');
    // The connector is down when instance A takes the claim, so A holds undelivered notices when it dies.
    connector.setDown(true);
    const res = await a.post(execute(connector.url, asAgent('Agent Killed'), 'case.claim', claim.data));
    expect(res.status).toBe(200);
    await a.stop('SIGKILL');
    connector.setDown(false);
    // Items instance A had leased become due again when its lease runs out.
    const notice = await connector
      .waitFor((r) => r.conversationId === user.conversationId && JSON.stringify(r.body).includes('Agent Killed'), 60_000)
      .catch(async (error: Error) => {
        const outbox = await outboxRows(pg.url);
        throw new Error(`${error.message}\n--- outbox ---\n${outbox}\n--- surviving instance ---\n${b.logs()}\n--- killed instance ---\n${a.logs()}`);
      });
    expect(notice).toBeDefined();
    await settle(1500);
    expect(connector.sent(user.conversationId).filter((r) => JSON.stringify(r.body).includes('Agent Killed'))).toHaveLength(1);
  }, 90_000);
});
