import { describe, expect, it } from 'vitest';
import { mayRegisterChannel, type RegistrationRequest } from './registration';

const TENANT = 'tenant-home';
const CHANNEL = '19:support@thread.tacv2';
const base: RegistrationRequest = {
  configuredByEnv: false,
  agentIds: [],
  botTenantId: TENANT,
  requester: { id: '29:someone', aadObjectId: 'aad-someone' },
  tenantId: TENANT,
  channelId: CHANNEL,
};

describe('mayRegisterChannel', () => {
  it('lets a member of the bot\'s own tenant set the first support channel', () => {
    expect(mayRegisterChannel(base)).toEqual({ ok: true });
  });

  it('never lets another tenant register, listed or not', () => {
    expect(mayRegisterChannel({ ...base, tenantId: 'tenant-elsewhere' })).toEqual({ ok: false, reason: 'other-tenant' });
    expect(mayRegisterChannel({ ...base, tenantId: 'tenant-elsewhere', agentIds: ['aad-someone'] })).toEqual({ ok: false, reason: 'other-tenant' });
  });

  it('lets a listed agent register (by Entra object id or Teams id) when no tenant is configured', () => {
    const open = { ...base, botTenantId: undefined, tenantId: 'any' };
    expect(mayRegisterChannel({ ...open, agentIds: ['aad-someone'] })).toEqual({ ok: true });
    expect(mayRegisterChannel({ ...open, agentIds: ['29:someone'] })).toEqual({ ok: true });
    expect(mayRegisterChannel({ ...open, agentIds: ['aad-other'] })).toEqual({ ok: false, reason: 'not-an-agent' });
  });

  it('is off without SUPPORT_AGENT_IDS and BOT_TENANT_ID, and when SUPPORT_CHANNEL_ID decides', () => {
    expect(mayRegisterChannel({ ...base, botTenantId: undefined })).toEqual({ ok: false, reason: 'registration-off' });
    expect(mayRegisterChannel({ ...base, configuredByEnv: true, agentIds: ['aad-someone'] })).toEqual({ ok: false, reason: 'configured-by-env' });
  });

  it('moves an existing desk only for a listed agent; its own members may register it again', () => {
    const moving = { ...base, channelId: '19:new@thread.tacv2', currentChannelId: CHANNEL };
    expect(mayRegisterChannel(moving)).toEqual({ ok: false, reason: 'not-an-agent' });
    expect(mayRegisterChannel({ ...moving, agentIds: ['aad-someone'] })).toEqual({ ok: true });
    expect(mayRegisterChannel({ ...moving, channelId: CHANNEL })).toEqual({ ok: true });
  });

  it('needs a channel to register', () => {
    expect(mayRegisterChannel({ ...base, channelId: undefined })).toEqual({ ok: false, reason: 'not-a-channel' });
  });
});
