import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// Not imported from the runner: importing it would run it here, outside the namespace.
import { SECRET_WORDS } from './secret-words';

const ROOT = path.resolve(__dirname, '../..');
/** A network namespace with nothing but loopback: whatever the Azure SDK tries to reach beyond it fails here. */
const isolated = spawnSync('unshare', ['-n', 'true']).status === 0;

describe.skipIf(!isolated)('telemetry to Azure Monitor (APPLICATIONINSIGHTS_CONNECTION_STRING), in a network namespace of its own', () => {
  it('sends the request, the turn attributes and the bot metrics to the ingestion endpoint, and no message text', () => {
    const run = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up && exec node --import tsx test/telemetry/azure-monitor-run.ts'], {
      cwd: ROOT, encoding: 'utf8', timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const { exit, received, logs } = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { exit: unknown; received: string[]; logs: string };
    expect(exit, logs).toEqual({ code: 0, signal: null });
    const sent = received.join('\n');
    expect(sent).toContain('/api/messages'); // the request, traced by the HTTP instrumentation
    expect(sent).toContain('wfsupport.decision');
    expect(sent).toContain('wfsupport.messages');
    expect(sent).toContain('wfsupport.answer_cards');
    expect(sent).toContain('outbox.deliver'); // a span per outbox delivery
    expect(sent).toContain('wfsupport.cases.opened');
    expect(sent).not.toContain(SECRET_WORDS);
    expect(sent).not.toContain('outlookIdentityToken. Priya');
  }, 150_000);
});
