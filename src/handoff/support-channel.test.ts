import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SupportChannels, channelIdOf } from './support-channel';
import { openTempStore, registration, type TempStore } from './testing/fixtures';

describe('channelIdOf', () => {
  it('takes the bare channel id from channelData', () => {
    expect(channelIdOf({ conversation: { id: '19:abc@thread.tacv2;messageid=170' }, channelData: { channel: { id: '19:abc@thread.tacv2' } } })).toBe('19:abc@thread.tacv2');
  });

  it('falls back to the part before ";messageid=" of a thread conversation id', () => {
    expect(channelIdOf({ conversation: { id: '19:support@thread.tacv2;messageid=1700000000000' }, channelData: {} })).toBe('19:support@thread.tacv2');
  });

  it('is undefined for a personal chat or a group chat', () => {
    expect(channelIdOf({ conversation: { id: 'a:1personal-chat' }, channelData: { tenant: { id: 't' } } })).toBeUndefined();
    expect(channelIdOf({ conversation: { id: '19:meeting_abc@thread.v2' } })).toBeUndefined();
    expect(channelIdOf({})).toBeUndefined();
  });

  it('ignores a channel id that is not a string', () => {
    expect(channelIdOf({ conversation: { id: 'a:personal' }, channelData: { channel: { id: 42 } } })).toBeUndefined();
  });
});

describe('SupportChannels', () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await openTempStore(() => new Date('2025-08-01T09:00:00Z'));
  });
  afterEach(async () => temp.dispose());

  it('has no channel until one is configured or registered', async () => {
    const channels = new SupportChannels(temp.store, undefined);
    expect(await channels.current()).toBeUndefined();
    expect(channels.configuredByEnv).toBe(false);
  });

  it('returns a registered channel (and the last registration wins)', async () => {
    const channels = new SupportChannels(temp.store, undefined);
    await channels.register({ id: '19:old@thread.tacv2', serviceUrl: 'https://old.example/' }, registration());
    await channels.register({ id: '19:new@thread.tacv2', serviceUrl: 'https://smba.example/emea/', tenantId: 'tenant-1' }, registration());
    expect(await channels.current()).toEqual({ id: '19:new@thread.tacv2', serviceUrl: 'https://smba.example/emea/', tenantId: 'tenant-1', source: 'registered' });
  });

  it('records who registered which channel, and registers nothing twice for a redelivered request', async () => {
    const channels = new SupportChannels(temp.store, undefined);
    const by = registration();
    expect(await channels.register({ id: '19:a@thread.tacv2' }, by)).toEqual({ ok: true });
    expect(await channels.register({ id: '19:b@thread.tacv2' }, by)).toEqual({ ok: false, reason: 'duplicate' });
    expect((await channels.current())?.id).toBe('19:a@thread.tacv2');
    expect(await temp.store.listAudit(10)).toEqual([{ at: by.at, type: 'support-channel-registered', actor: by.actor, detail: '19:a@thread.tacv2' }]);
  });

  it('survives a restart: another instance on the same store sees the registration', async () => {
    await new SupportChannels(temp.store, undefined).register({ id: '19:c@thread.tacv2' }, registration());
    expect(await new SupportChannels(temp.store, undefined).current()).toEqual({ id: '19:c@thread.tacv2', source: 'registered' });
  });

  it('uses SUPPORT_CHANNEL_ID over a registered channel that is a different one', async () => {
    const channels = new SupportChannels(temp.store, '19:env@thread.tacv2');
    await channels.register({ id: '19:other@thread.tacv2', serviceUrl: 'https://smba.example/', tenantId: 'tenant-1' }, registration());
    expect(await channels.current()).toEqual({ id: '19:env@thread.tacv2', source: 'env' });
    expect(channels.configuredByEnv).toBe(true);
  });

  it('keeps the registered serviceUrl and tenant when the registration is for the configured channel', async () => {
    const channels = new SupportChannels(temp.store, '19:env@thread.tacv2');
    expect(await channels.current()).toEqual({ id: '19:env@thread.tacv2', source: 'env' });
    await channels.register({ id: '19:env@thread.tacv2', serviceUrl: 'https://smba.example/amer/', tenantId: 'tenant-1' }, registration());
    expect(await channels.current()).toEqual({ id: '19:env@thread.tacv2', serviceUrl: 'https://smba.example/amer/', tenantId: 'tenant-1', source: 'env' });
  });
});
