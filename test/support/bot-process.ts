import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SUPPORT_CHANNEL } from './activities';

const ROOT = path.resolve(__dirname, '../..');

/** The bot as a separate OS process (so a test can SIGKILL it), run from the TypeScript sources. */
export class BotProcess {
  private child?: ChildProcess;
  private readonly output: string[] = [];
  port = 0;

  constructor(private readonly env: Record<string, string>) {}

  async start(timeoutMs = 60_000): Promise<this> {
    this.port = await freePort();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-proc-'));
    this.child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(this.port), DATA_DIR: dataDir, SUPPORT_CHANNEL_ID: SUPPORT_CHANNEL, LOG_LEVEL: 'warn', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer): void => {
      this.output.push(String(chunk));
      if (this.output.length > 400) this.output.shift();
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`bot exited early:\n${this.output.join('')}`);
      if ((await status(this.port, 'GET', '/healthz')) === 200) return this;
      await new Promise((r) => setTimeout(r, 200));
    }
    await this.stop('SIGKILL'); // nobody holds this object yet: a bot left running would outlive the tests
    throw new Error(`bot did not become healthy:\n${this.output.join('')}`);
  }

  /** The last lines the process wrote, for failure messages. */
  logs(): string {
    return this.output.join('');
  }

  post(body: unknown): Promise<{ status: number; body: any }> {
    const raw = JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: this.port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(raw) } }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
      });
      req.on('error', reject);
      req.end(raw);
    });
  }

  /** Ends the process and says how it exited; SIGKILL models a crash (no graceful shutdown). */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode) return { code: child?.exitCode ?? null, signal: child?.signalCode ?? null };
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, sig) => r({ code, signal: sig })));
    child.kill(signal);
    return exited;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function status(port: number, method: string, urlPath: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method, timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => {
      req.destroy();
      resolve(0);
    });
    req.end();
  });
}
