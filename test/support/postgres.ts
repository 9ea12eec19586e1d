/**
 * Throwaway PostgreSQL servers for tests: a real server (never a mock) in a temp folder, on
 * 127.0.0.1 and a free port, stopped and deleted afterwards. Uses Debian's binaries in
 * /usr/lib/postgresql/<version>/bin (or PG_BIN_DIR); `scripts/ensure-postgres.sh` installs them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export type PostgresAvailability = { available: true; binDir: string } | { available: false; reason: string };

export interface RunningPostgres {
  /** URL of a fresh, empty database named `test`. */
  url: string;
  /** Creates another empty database on this server and returns its URL. */
  createDatabase(name: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export function findPostgres(): PostgresAvailability {
  const candidates = process.env.PG_BIN_DIR
    ? [process.env.PG_BIN_DIR]
    : listVersions().map((version) => `/usr/lib/postgresql/${version}/bin`);
  const binDir = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (binDir) return { available: true, binDir };
  const where = process.env.PG_BIN_DIR ? `PG_BIN_DIR=${process.env.PG_BIN_DIR}` : '/usr/lib/postgresql/*/bin';
  return {
    available: false,
    reason: `PostgreSQL server binaries (initdb, pg_ctl) not found in ${where}. ` +
      'Run scripts/ensure-postgres.sh (as root) to install them.',
  };
}

function listVersions(): string[] {
  if (!existsSync('/usr/lib/postgresql')) return [];
  return readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Debian's server refuses to run as root: run its tools as the postgres user when we are root. */
function runAsOwner(binDir: string, tool: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? 'runuser' : join(binDir, tool);
  const fullArgs = asRoot ? ['-u', 'postgres', '--', join(binDir, tool), ...args] : args;
  execFileSync(command, fullArgs, { stdio: 'pipe' });
}

export async function startPostgres(): Promise<RunningPostgres> {
  const found = findPostgres();
  if (!found.available) throw new Error(found.reason);
  const root = mkdtempSync(join(tmpdir(), 'pg-test-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(root, uid, gid);
  }
  chmodSync(root, 0o700);
  const dataDir = join(root, 'data');
  const logFile = join(root, 'server.log');
  runAsOwner(found.binDir, 'initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
  const port = await startServer(found.binDir, dataDir, root, logFile);
  const stopNow = (): void => {
    spawnSync(process.getuid?.() === 0 ? 'runuser' : join(found.binDir, 'pg_ctl'),
      process.getuid?.() === 0
        ? ['-u', 'postgres', '--', join(found.binDir, 'pg_ctl'), '-D', dataDir, '-m', 'immediate', '-w', 'stop']
        : ['-D', dataDir, '-m', 'immediate', '-w', 'stop'],
      { stdio: 'ignore' });
    rmSync(root, { recursive: true, force: true });
  };
  // A crashed or interrupted test run must not leave a server behind.
  process.once('exit', stopNow);
  const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const urlFor = (name: string): string => `postgresql://postgres@127.0.0.1:${port}/${name}`;
  const admin = async (sql: string): Promise<void> => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const createDatabase = async (name: string): Promise<string> => {
    await admin(`CREATE DATABASE "${name}"`);
    return urlFor(name);
  };
  await createDatabase('test');
  return {
    url: urlFor('test'),
    createDatabase,
    dropDatabase: (name) => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    stop: async () => {
      process.removeListener('exit', stopNow);
      stopNow();
    },
  };
}

/** Starts the server on a free port; retries when another process grabbed the port in between. */
async function startServer(binDir: string, dataDir: string, socketDir: string, logFile: string): Promise<number> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${socketDir} -c fsync=off ` +
      '-c synchronous_commit=off -c full_page_writes=off -c max_connections=200';
    try {
      runAsOwner(binDir, 'pg_ctl', ['-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '60', 'start']);
      return port;
    } catch (error) {
      lastError = error;
    }
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '(no log)';
  throw new Error(`PostgreSQL did not start: ${String(lastError)}\n${log}`);
}
