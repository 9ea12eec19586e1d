import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

const ISSUER = 'https://api.botframework.com';
const KID = 'bench-key-1';

/**
 * Bot Framework's signing-key publication, offline: an OpenID configuration whose jwks_uri lists
 * one RSA key endorsed for the msteams channel, as login.botframework.com does.
 */
export class OpenIdServer {
  readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  requests = 0;
  private constructor(private readonly server: http.Server) {}

  static async start(endorsements: string[] = ['msteams']): Promise<OpenIdServer> {
    const server = http.createServer();
    const openId = new OpenIdServer(server);
    server.on('request', (req, res) => {
      openId.requests += 1;
      const base = openId.url;
      const jwk = openId.keys.publicKey.export({ format: 'jwk' });
      const body = req.url === '/.well-known/openidconfiguration'
        ? { issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }
        : req.url === '/keys'
          ? { keys: [{ kty: 'RSA', use: 'sig', kid: KID, n: jwk.n, e: jwk.e, endorsements }] }
          : undefined;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? { error: 'not found' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return openId;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get metadataUrl(): string {
    return `${this.url}/.well-known/openidconfiguration`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export interface TokenOptions {
  key?: KeyObject;
  kid?: string;
  audience?: string;
  issuer?: string;
  serviceUrl?: string;
  expiresIn?: number;
}

/** A channel token as the Bot Framework service signs it for the bot `botId`. */
export function channelToken(openId: OpenIdServer, botId: string, serviceUrl: string, options: TokenOptions = {}): string {
  return jwt.sign({ serviceurl: options.serviceUrl ?? serviceUrl }, options.key ?? openId.keys.privateKey, {
    algorithm: 'RS256',
    keyid: options.kid ?? KID,
    issuer: options.issuer ?? ISSUER,
    audience: options.audience ?? botId,
    expiresIn: options.expiresIn ?? 3600,
  });
}
