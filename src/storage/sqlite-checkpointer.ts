import { Worker } from 'node:worker_threads';

/**
 * The thread's code. Evaluated from a string so the same code runs from TypeScript sources (tests)
 * and from the build; the driver is passed as a resolved path for the same reason.
 * Messages: the thread asks 'hold-writes' and waits for 'writes-held' before a TRUNCATE checkpoint,
 * then says 'release-writes'; 'stop' ends it.
 */
const WORKER_SOURCE = `
const { statSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: workerData.busyTimeoutMs });
const walBytes = () => {
  try { return statSync(workerData.file + '-wal').size; } catch { return 0; }
};
let holding = false;
let lastLog = -1;
const truncate = () => db.pragma('wal_checkpoint(TRUNCATE)');
const checkpoint = () => {
  if (holding) return;
  const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)');
  const size = walBytes();
  const idle = log === lastLog;
  lastLog = log;
  if (size > workerData.truncateAboveBytes) {
    holding = true;
    parentPort.postMessage('hold-writes');
  } else if (idle && size > 0) {
    truncate(); // nothing written since the last tick: empty the file
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message === 'writes-held') {
    try { truncate(); } finally {
      holding = false;
      lastLog = -1;
      parentPort.postMessage('release-writes');
    }
    return;
  }
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface CheckpointerOptions {
  file: string;
  intervalMs: number;
  busyTimeoutMs: number;
  /** A WAL file larger than this is emptied by a TRUNCATE checkpoint, with the caller's writes held back. */
  truncateAboveBytes: number;
  /** Stop committing until `release` is called (the thread needs the writer lock for a moment). */
  holdWrites: () => void;
  releaseWrites: () => void;
  /** Called if the thread fails: the caller turns SQLite's own checkpoints back on. */
  onFailure: (error: Error) => void;
}

/** Writes are never held longer than this, whatever happens to the thread. */
const MAX_HOLD_MS = 2_000;

/**
 * Copies the WAL back into the database file from a thread of its own, every `intervalMs`. SQLite
 * otherwise checkpoints inside whichever commit fills the WAL: a copy and an fsync on the event
 * loop, a third of each commit's cost under load. PASSIVE never blocks writers, so turns go on
 * committing while it runs; a checkpoint a second also copies a page written many times only once.
 *
 * PASSIVE alone never lets the WAL shrink under sustained writes: SQLite starts the WAL over only
 * once a checkpoint has copied every frame, and commits keep adding frames (1.3 GB after a minute at
 * full speed, still there after the load stopped). And a TRUNCATE checkpoint from this thread alone
 * starves: the event loop takes the writer lock again and again between its retries. So past the
 * limit the thread asks the store to hold its commits back (they queue, the event loop runs on),
 * empties the WAL with TRUNCATE, and lets them go: a pause of a few milliseconds. Once writes stop,
 * the file is emptied too.
 */
export class SqliteCheckpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private holdTimer?: NodeJS.Timeout;

  constructor(private readonly options: CheckpointerOptions) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        file: options.file,
        intervalMs: options.intervalMs,
        busyTimeoutMs: options.busyTimeoutMs,
        truncateAboveBytes: options.truncateAboveBytes,
        driver: require.resolve('better-sqlite3'),
      },
    });
    this.worker.unref(); // never what keeps a process alive
    this.worker.on('message', (message) => (message === 'hold-writes' ? this.hold() : this.release()));
    this.worker.on('error', (error) => {
      this.release();
      options.onFailure(error);
    });
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
  }

  /** Stops the timer and closes the thread's connection. */
  async stop(): Promise<void> {
    this.worker.ref(); // an unreferenced thread would not keep the process alive until it has closed
    this.worker.postMessage('stop');
    await this.exited;
    this.release();
  }

  private hold(): void {
    this.options.holdWrites();
    this.holdTimer = setTimeout(() => this.release(), MAX_HOLD_MS);
    this.worker.postMessage('writes-held');
  }

  private release(): void {
    if (!this.holdTimer) return;
    clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
    this.options.releaseWrites();
  }
}
