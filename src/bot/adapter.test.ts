import type { Activity } from 'botbuilder';
import { BotFrameworkAuthentication, ClaimsIdentity, ConnectorFactory, type AuthenticateRequestResult, type ConnectorClient, type UserTokenClient } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { BotAdapter, ReusingBotFrameworkAuthentication } from './adapter';

const activity = (serviceUrl: string): Activity =>
  ({ type: 'message', channelId: 'msteams', serviceUrl, from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } }) as Activity;

/** botbuilder's contract, counting what it builds; `failNext` makes the next client creation fail. */
class CountingAuthentication extends BotFrameworkAuthentication {
  created: string[] = [];
  tokenClients = 0;
  failNext = false;

  async authenticateRequest(request: Activity): Promise<AuthenticateRequestResult> {
    const claimsIdentity = new ClaimsIdentity([{ type: 'aud', value: 'bot-app' }], true);
    return { audience: 'channel', claimsIdentity, connectorFactory: this.createConnectorFactory(), callerId: request.channelId };
  }
  async authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    throw new Error('not used');
  }
  createConnectorFactory(): ConnectorFactory {
    const self = this;
    return new (class extends ConnectorFactory {
      async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        if (self.failNext) {
          self.failNext = false;
          throw new Error('token endpoint down');
        }
        self.created.push(`${serviceUrl}|${audience}`);
        return { serviceUrl } as unknown as ConnectorClient;
      }
    })();
  }
  async createUserTokenClient(): Promise<UserTokenClient> {
    this.tokenClients += 1;
    return {} as UserTokenClient;
  }
}

async function clientFor(auth: BotFrameworkAuthentication, serviceUrl: string, audience = 'channel'): Promise<ConnectorClient> {
  const result = await auth.authenticateRequest(activity(serviceUrl), '');
  return result.connectorFactory!.create(serviceUrl, audience);
}

describe('ReusingBotFrameworkAuthentication', () => {
  it('builds one connector client per service URL and audience, for every turn after the first', async () => {
    const inner = new CountingAuthentication();
    const auth = new ReusingBotFrameworkAuthentication(inner);
    const first = await clientFor(auth, 'https://smba.example/emea/');
    expect(await clientFor(auth, 'https://smba.example/emea/')).toBe(first);
    await clientFor(auth, 'https://smba.example/amer/');
    await clientFor(auth, 'https://smba.example/amer/', 'another-audience');
    expect(inner.created).toEqual(['https://smba.example/emea/|channel', 'https://smba.example/amer/|channel', 'https://smba.example/amer/|another-audience']);
  });

  it('forgets a failed creation, so the next turn tries again', async () => {
    const inner = new CountingAuthentication();
    const auth = new ReusingBotFrameworkAuthentication(inner);
    inner.failNext = true;
    await expect(clientFor(auth, 'https://smba.example/')).rejects.toThrow('token endpoint down');
    await expect(clientFor(auth, 'https://smba.example/')).resolves.toBeDefined();
    expect(inner.created).toHaveLength(1);
  });

  it('keeps a bounded number of clients (service URLs are only checked when auth is on)', async () => {
    const inner = new CountingAuthentication();
    const auth = new ReusingBotFrameworkAuthentication(inner);
    for (let i = 0; i < 100; i += 1) await clientFor(auth, `https://forged-${i}.example/`);
    expect(auth.connectorClients.size).toBe(64);
  });

  it('builds one user token client per bot', async () => {
    const inner = new CountingAuthentication();
    const auth = new ReusingBotFrameworkAuthentication(inner);
    const claims = new ClaimsIdentity([{ type: 'aud', value: 'bot-app' }], true);
    expect(await auth.createUserTokenClient(claims)).toBe(await auth.createUserTokenClient(claims));
    expect(inner.tokenClients).toBe(1);
  });
});

describe('BotAdapter', () => {
  it('reuses botbuilder\'s own connector clients across turns (local mode, no credentials)', async () => {
    const adapter = new BotAdapter({});
    const first = await clientFor(adapter.authentication, 'https://smba.example/emea/', undefined);
    const second = await clientFor(adapter.authentication, 'https://smba.example/emea/', undefined);
    expect(second).toBe(first);
    expect(first.constructor.name).toBe('ConnectorClient');
  });
});
