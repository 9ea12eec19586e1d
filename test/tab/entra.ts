import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

export const TENANT = '0d9d9a3c-0000-4000-8000-00000000c0de';
export const CLIENT_ID = '5b1f7c2e-8d3a-4e6b-9c0d-1a2b3c4d5e6f';
export const APP_ID_URI = `api://support.example.net/${CLIENT_ID}`;
const KID = 'tab-key-1';

/**
 * Entra ID's key publication for one tenant, offline: the v2 OpenID configuration and its JWKS,
 * and tokens as Teams SSO (authentication.getAuthToken) hands them to the tab.
 */
export class EntraServer {
  readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  down = false;
  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<EntraServer> {
    const server = http.createServer();
    const entra = new EntraServer(server);
    server.on('request', (req, res) => {
      if (entra.down) {
        res.writeHead(500);
        res.end();
        return;
      }
      const jwk = entra.keys.publicKey.export({ format: 'jwk' });
      const body = req.url === '/v2.0/.well-known/openid-configuration'
        ? { issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`, jwks_uri: `${entra.url}/discovery/v2.0/keys` }
        : req.url === '/discovery/v2.0/keys' ? { keys: [{ kty: 'RSA', use: 'sig', kid: KID, n: jwk.n, e: jwk.e }] } : undefined;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? { error: 'not found' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return entra;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get metadataUrl(): string {
    return `${this.url}/v2.0/.well-known/openid-configuration`;
  }

  token(options: { oid: string; name?: string; audience?: string; issuer?: string; tid?: string; key?: KeyObject; kid?: string; expiresIn?: number; algorithm?: 'RS256' | 'HS256' } = { oid: 'x' }): string {
    const tid = options.tid ?? TENANT;
    const claims = { oid: options.oid, tid, name: options.name ?? 'Agent Person', preferred_username: 'agent@contoso.example', ver: '2.0' };
    if (options.algorithm === 'HS256') return jwt.sign(claims, 'shared-secret', { algorithm: 'HS256', audience: options.audience ?? CLIENT_ID, issuer: options.issuer ?? `https://login.microsoftonline.com/${tid}/v2.0`, expiresIn: 3600 });
    return jwt.sign(claims, options.key ?? this.keys.privateKey, {
      algorithm: 'RS256',
      keyid: options.kid ?? KID,
      audience: options.audience ?? CLIENT_ID,
      issuer: options.issuer ?? `https://login.microsoftonline.com/${tid}/v2.0`,
      expiresIn: options.expiresIn ?? 3600,
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The environment of a hosted bot whose tab accepts this server's tokens (no support channel: no Teams look-up, which would leave the machine). */
export function hostedEnv(entra: EntraServer, agentIds: string[]): Record<string, string> {
  return {
    BOT_ID: '00000000-0000-4000-8000-00000000b07d',
    BOT_PASSWORD: 'not-a-real-secret',
    BOT_TENANT_ID: TENANT,
    TAB_SSO_CLIENT_ID: CLIENT_ID,
    TAB_SSO_APP_ID_URI: APP_ID_URI,
    TAB_SSO_OPENID_METADATA: entra.metadataUrl,
    SUPPORT_AGENT_IDS: agentIds.join(','),
    SUPPORT_CHANNEL_ID: '',
  };
}
