import type { BenchChild } from './child';
import type { BenchConnector } from './connector';
import { runLoad, type LoadResult } from './load';

export interface WalSoakResult {
  load: LoadResult;
  /** Largest WAL file seen while the load ran, and the sizes when it stopped and `settleS` later. */
  walPeakMb: number;
  walAtStopMb: number;
  walSettledMb: number;
  dbMb: number;
}

/**
 * Sustained writes at full speed for `seconds` (every message a new user: a dedupe row, a conversation
 * doc and the commit's index pages), sampling the SQLite WAL file every second: it must stay bounded
 * while the load runs and shrink back once it stops.
 */
export async function walSoak(child: BenchChild, connector: BenchConnector, seconds: number, concurrency: number, settleS = 3): Promise<WalSoakResult> {
  let walPeakMb = child.fileMb('support-bot.sqlite-wal');
  const load = await runLoad({
    botUrl: child.url, connector, concurrency, seconds,
    onTick: () => {
      walPeakMb = Math.max(walPeakMb, child.fileMb('support-bot.sqlite-wal'));
    },
  });
  const walAtStopMb = child.fileMb('support-bot.sqlite-wal');
  await new Promise((resolve) => setTimeout(resolve, settleS * 1000));
  return { load, walPeakMb: Math.max(walPeakMb, walAtStopMb), walAtStopMb, walSettledMb: child.fileMb('support-bot.sqlite-wal'), dbMb: child.fileMb('support-bot.sqlite') };
}
