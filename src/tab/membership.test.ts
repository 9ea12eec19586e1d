import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../../test/support/fake-connector';
import { BotAdapter } from '../bot/adapter';
import { ManualClock, openTempStore, type TempStore } from '../handoff/testing/fixtures';
import { SupportChannels } from '../handoff/support-channel';
import { createTeamMembership } from './membership';

const log = pino({ level: 'silent' });

describe('team membership of the support channel (through the connector, local adapter)', () => {
  let connector: FakeConnector;
  let temp: TempStore;
  const clock = new ManualClock('2026-12-04T10:00:00.000Z');
  beforeAll(async () => {
    connector = await FakeConnector.start();
    connector.members = new Set(['member-oid']);
    temp = await openTempStore(clock.now);
  });
  afterAll(async () => {
    await connector.close();
    await temp.dispose();
  });

  const registration = (key: string) => ({ actor: { id: '29:lead', name: 'Lead' }, at: clock.now().toISOString(), dedupeKey: key });
  const membership = (channels: SupportChannels) =>
    createTeamMembership({ adapter: new BotAdapter({}), botAppId: '', channels, log, ttlMs: 60_000, clock: () => clock.now().getTime() });

  it('asks Teams about the support channel\'s members and caches the answer for a while', async () => {
    const channels = new SupportChannels(temp.store, undefined);
    await channels.register({ id: '19:support@thread.tacv2', serviceUrl: connector.url, tenantId: 'tenant-1' }, registration('a'));
    const isMember = membership(channels);
    expect(await isMember('member-oid')).toBe(true);
    expect(await isMember('stranger-oid')).toBe(false);
    expect(await isMember('member-oid')).toBe(true);
    expect(connector.memberLookups).toEqual(['member-oid', 'stranger-oid']);
    clock.advance(61_000);
    connector.members = new Set();
    expect(await isMember('member-oid')).toBe(false); // removed from the team: seen once the answer expires
    expect(connector.memberLookups).toHaveLength(3);
  });

  it('says "unknown" (not "no") when Teams cannot be asked, and caches nothing', async () => {
    const channels = new SupportChannels(temp.store, undefined);
    await channels.register({ id: '19:support@thread.tacv2', serviceUrl: 'http://127.0.0.1:9/', tenantId: 'tenant-1' }, registration('b'));
    const isMember = membership(channels);
    expect(await isMember('member-oid')).toBeUndefined();
  });

  it('has no one to ask without a support channel: nobody is a member', async () => {
    const empty = await openTempStore(clock.now);
    expect(await membership(new SupportChannels(empty.store, undefined))('member-oid')).toBe(false);
    await empty.dispose();
  });
});
