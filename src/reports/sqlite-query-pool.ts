import { Worker } from 'node:worker_threads';

/**
 * The thread's code, evaluated from a string (like the WAL checkpointer's) so that the same code runs
 * from the TypeScript sources and from the build. A read-only connection of its own, statements
 * prepared once. Messages in: { id, text, values } (or 'stop'); out: { id, rows } or { id, error }.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: workerData.busyTimeoutMs });
const statements = new Map();
parentPort.on('message', (message) => {
  if (message === 'stop') {
    db.close();
    parentPort.close();
    return;
  }
  const { id, text, values } = message;
  try {
    let statement = statements.get(text);
    if (!statement) {
      if (statements.size >= 256) statements.clear();
      statement = db.prepare(text);
      statements.set(text, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(...values) });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;

interface Pending {
  resolve: (rows: Array<Record<string, unknown>>) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Read queries of the support team's tab, run on threads of their own. A report over a month of
 * activity sorts and groups tens of thousands of rows: on the bot's own connection that would hold
 * the event loop (and every user's turn) for as long; here the independent queries of one report also
 * run side by side, one per core. WAL lets these readers see every committed turn without blocking writers.
 * The threads start with the first query, so a bot whose tab nobody opens pays nothing.
 */
export class SqliteQueryPool {
  private threads: Thread[] = [];
  private nextId = 0;

  constructor(
    private readonly file: string,
    private readonly size: number = 2,
    private readonly busyTimeoutMs: number = 5_000,
  ) {}

  run(text: string, values: unknown[]): Promise<Array<Record<string, unknown>>> {
    const thread = this.leastBusy();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, text, values });
    });
  }

  async close(): Promise<void> {
    const threads = this.threads.splice(0);
    await Promise.all(threads.map(async ({ worker }) => {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('stop');
      await exited;
    }));
  }

  private leastBusy(): Thread {
    if (this.threads.length < this.size) return this.start();
    return this.threads.reduce((best, thread) => (thread.pending.size < best.pending.size ? thread : best));
  }

  private start(): Thread {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file: this.file, busyTimeoutMs: this.busyTimeoutMs, driver: require.resolve('better-sqlite3') },
    });
    worker.unref(); // never what keeps a process alive
    const thread: Thread = { worker, pending: new Map() };
    worker.on('message', ({ id, rows, error }: { id: number; rows?: Array<Record<string, unknown>>; error?: { message: string; code?: string } }) => {
      const pending = thread.pending.get(id);
      thread.pending.delete(id);
      if (!pending) return;
      if (error) pending.reject(Object.assign(new Error(error.message), { code: error.code }));
      else pending.resolve(rows ?? []);
    });
    const fail = (error: Error): void => {
      this.threads = this.threads.filter((other) => other !== thread);
      for (const pending of thread.pending.values()) pending.reject(error);
      thread.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`report thread exited (code ${code})`)));
    this.threads.push(thread);
    return thread;
  }
}
