import { Pool, type PoolClient } from 'pg';
import { StorageError, describeError } from './errors';

/** Where a DATABASE_URL points, without user or password, for messages and logs. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

/** Throws StorageError unless `url` is a usable postgres:// or postgresql:// URL. */
export function assertPostgresUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StorageError('DATABASE_URL is not a valid URL (expected postgresql://user:password@host:5432/database)');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new StorageError(`DATABASE_URL must start with postgres:// or postgresql:// (got ${parsed.protocol}//)`);
  }
  if (!parsed.hostname && !parsed.searchParams.has('host')) {
    throw new StorageError('DATABASE_URL has no host (expected postgresql://user:password@host:5432/database)');
  }
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH',
  '28P01', '28000', '3D000', '57P03', '53300',
]);

function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  return error instanceof Error && /timeout exceeded when trying to connect|Connection terminated/i.test(error.message);
}

/**
 * The bot's queries are short (a turn's reads and its commit, a report's aggregates over one month's
 * index range): parallel query workers cost more to start (tens of ms here) than they save, so its
 * sessions do without them.
 */
export function createPool(url: string): Pool {
  return new Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000, options: '-c max_parallel_workers_per_gather=0' });
}

/** Runs `work` on one pooled connection; connection failures become a StorageError naming the server. */
export async function withClient<T>(pool: Pool, url: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw connectionError(url, error);
  }
  try {
    return await work(client);
  } finally {
    client.release();
  }
}

export function connectionError(url: string, error: unknown): unknown {
  if (!isConnectionFailure(error)) return error;
  return new StorageError(`cannot use PostgreSQL at ${describeDatabaseUrl(url)}: ${describeError(error)}`, { cause: error });
}

/** BEGIN ... COMMIT around `work`; any throw rolls back and is rethrown. */
export async function inTransaction<T>(pool: Pool, url: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return withClient(pool, url, async (client) => {
    await client.query('BEGIN');
    try {
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

/** PostgreSQL text cannot hold NUL characters; user-supplied text may contain them. */
export function pgText(value: string): string {
  return value.replace(/\u0000/g, '');
}
