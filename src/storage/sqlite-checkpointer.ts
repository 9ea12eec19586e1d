import { Worker } from 'node:worker_threads';

/**
 * The thread's code. Evaluated from a string so the same code runs from TypeScript sources (tests)
 * and from the build; the driver is passed as a resolved path for the same reason.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: workerData.busyTimeoutMs });
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)');
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface CheckpointerOptions {
  file: string;
  intervalMs: number;
  busyTimeoutMs: number;
  /** Called if the thread fails: the caller turns SQLite's own checkpoints back on. */
  onFailure: (error: Error) => void;
}

/**
 * Copies the WAL back into the database file from a thread of its own, every `intervalMs`. SQLite
 * otherwise checkpoints inside whichever commit fills the WAL: a copy and an fsync on the event
 * loop, a third of each commit's cost under load. PASSIVE never blocks writers, so turns go on
 * committing while it runs; a checkpoint a second also copies a page written many times only once.
 */
export class SqliteCheckpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;

  constructor(options: CheckpointerOptions) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file: options.file, intervalMs: options.intervalMs, busyTimeoutMs: options.busyTimeoutMs, driver: require.resolve('better-sqlite3') },
    });
    this.worker.unref(); // never what keeps a process alive
    this.worker.on('error', options.onFailure);
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
  }

  /** Stops the timer and closes the thread's connection. */
  async stop(): Promise<void> {
    this.worker.ref(); // an unreferenced thread would not keep the process alive until it has closed
    this.worker.postMessage('stop');
    await this.exited;
  }
}
