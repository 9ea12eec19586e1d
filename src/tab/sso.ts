import type { JWTVerifyGetKey } from 'jose' with { 'resolution-mode': 'import' };

/** The signed-in person, as the tab's Teams SSO token names them. */
export interface SsoUser {
  /** Entra object id (oid). */
  objectId: string;
  name: string;
  tenantId: string;
  upn?: string;
}

export interface SsoOptions {
  /** OpenID metadata document of the tenant (its jwks_uri lists the signing keys). */
  metadataUrl: string;
  /** Accepted `aud` values: the app's client id and its Application ID URI. */
  audiences: string[];
  /** The only tenant whose tokens are accepted (the bot's). */
  tenantId: string;
  /** Time allowed to fetch the metadata or the keys. */
  timeoutMs?: number;
}

/** Why a token was not accepted: the caller's fault (401), or the keys could not be fetched (503). */
export class SsoError extends Error {
  constructor(
    readonly kind: 'invalid' | 'unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'SsoError';
  }
}

/** Entra's two issuers for a tenant: v1 tokens (sts.windows.net) and v2 tokens (login.microsoftonline.com). */
export function issuersOf(tenantId: string): string[] {
  return [`https://sts.windows.net/${tenantId}/`, `https://login.microsoftonline.com/${tenantId}/v2.0`];
}

export function defaultMetadataUrl(tenantId: string): string {
  return `https://login.microsoftonline.com/${tenantId}/v2.0/.well-known/openid-configuration`;
}

/**
 * Validates Teams SSO tokens (authentication.getAuthToken) with jose: RS256 signature against the
 * tenant's published keys (fetched once, refreshed by jose when an unknown key id shows up), expiry,
 * audience, issuer (v1 or v2 of the bot's tenant) and the tenant claim.
 */
export class SsoValidator {
  private keys?: Promise<JWTVerifyGetKey>;
  private readonly timeoutMs: number;

  constructor(private readonly options: SsoOptions) {
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  async verify(token: string): Promise<SsoUser> {
    const jose = await import('jose');
    const keys = await this.signingKeys();
    let payload: Awaited<ReturnType<typeof jose.jwtVerify>>['payload'];
    try {
      ({ payload } = await jose.jwtVerify(token, keys, {
        algorithms: ['RS256'],
        audience: this.options.audiences,
        issuer: issuersOf(this.options.tenantId),
        clockTolerance: 60,
      }));
    } catch (error) {
      throw classify(error, jose.errors.JOSEError);
    }
    const claim = (name: string): string | undefined => (typeof payload[name] === 'string' ? (payload[name] as string) : undefined);
    const objectId = claim('oid');
    if (claim('tid') !== this.options.tenantId) throw new SsoError('invalid', 'token of another tenant');
    if (!objectId) throw new SsoError('invalid', 'token without an object id (oid)');
    const upn = claim('preferred_username') ?? claim('upn');
    return { objectId, name: claim('name') ?? upn ?? objectId, tenantId: this.options.tenantId, ...(upn ? { upn } : {}) };
  }

  /** The key set of the metadata's jwks_uri; a failed fetch is forgotten so the next request tries again. */
  private signingKeys(): Promise<JWTVerifyGetKey> {
    if (!this.keys) {
      this.keys = this.loadKeys();
      this.keys.catch(() => (this.keys = undefined));
    }
    return this.keys;
  }

  private async loadKeys(): Promise<JWTVerifyGetKey> {
    const jose = await import('jose');
    let jwksUri: unknown;
    try {
      const response = await fetch(this.options.metadataUrl, { signal: AbortSignal.timeout(this.timeoutMs) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      jwksUri = ((await response.json()) as { jwks_uri?: unknown }).jwks_uri;
    } catch (error) {
      throw new SsoError('unavailable', `OpenID metadata unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (typeof jwksUri !== 'string') throw new SsoError('unavailable', 'OpenID metadata has no jwks_uri');
    return jose.createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: this.timeoutMs });
  }
}

/** jose's own verdicts on a token are the caller's fault; anything else (keys unreachable) is ours. */
function classify(error: unknown, JOSEError: new (...args: never[]) => Error): SsoError {
  const code = (error as { code?: unknown }).code;
  const unreachable = code === 'ERR_JWKS_TIMEOUT' || !(error instanceof JOSEError);
  const message = error instanceof Error ? error.message : String(error);
  return new SsoError(unreachable ? 'unavailable' : 'invalid', message.slice(0, 200));
}
