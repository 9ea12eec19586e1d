import type { Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import { TeamsAdapter } from './teams-ai';

/** Teams uses a handful of regional service URLs; the bound only matters against forged ones in local mode. */
const MAX_CACHED_CLIENTS = 64;

/** The bot a request speaks to: the token's audience (channel) or app id (emulator), as botbuilder reads it. */
function appIdOf(claims: ClaimsIdentity): string {
  return claims.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claims.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/** A bounded map of promises; a rejected one is dropped so the next turn tries again. */
class PromiseCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  get(key: string, create: () => Promise<T>): Promise<T> {
    let entry = this.entries.get(key);
    if (!entry) {
      if (this.entries.size >= MAX_CACHED_CLIENTS) this.entries.delete(this.entries.keys().next().value!);
      entry = create();
      this.entries.set(key, entry);
      entry.catch(() => this.entries.delete(key));
    }
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * botbuilder's authentication, with the outbound clients reused across turns. botbuilder builds a new
 * ConnectorClient and a new UserTokenClient, each with its whole HTTP pipeline, for every inbound
 * activity: over a tenth of this bot's CPU per message in profiles. Neither holds per-turn state (their
 * credentials fetch and renew tokens themselves), so one per (bot, service URL, audience) serves all turns.
 */
export class ReusingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  readonly connectorClients = new PromiseCache<ConnectorClient>();
  readonly userTokenClients = new PromiseCache<UserTokenClient>();

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    return factory ? { ...result, connectorFactory: this.reusing(factory, appIdOf(result.claimsIdentity)) } : result;
  }

  authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(this.inner.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity));
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.get(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private reusing(inner: ConnectorFactory, appId: string): ConnectorFactory {
    return new ReusingConnectorFactory(inner, appId, this.connectorClients);
  }
}

/** botbuilder's per-request connector factory, answering from the shared cache. */
class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: PromiseCache<ConnectorClient>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.get(`${this.appId} ${serviceUrl} ${audience ?? ''}`, () => this.inner.create(serviceUrl, audience));
  }
}

/** The teams-ai adapter, with outbound clients reused across turns. */
export class BotAdapter extends TeamsAdapter {
  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    // TeamsAdapter builds its authentication itself and passes no way to wrap it; the field is only
    // `readonly` to TypeScript, and every use of it goes through `this`.
    const self = this as unknown as { botFrameworkAuthentication: BotFrameworkAuthentication };
    self.botFrameworkAuthentication = new ReusingBotFrameworkAuthentication(self.botFrameworkAuthentication);
  }

  get authentication(): ReusingBotFrameworkAuthentication {
    return this.botFrameworkAuthentication as ReusingBotFrameworkAuthentication;
  }
}
