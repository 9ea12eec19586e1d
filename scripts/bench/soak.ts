import type { BenchChild } from './child';
import type { BenchConnector } from './connector';
import { runLoad, type LoadResult } from './load';

export interface RssSample {
  sent: number;
  rssMb: number;
}

export interface SoakResult {
  load: LoadResult;
  samples: RssSample[];
  startMb: number;
  endMb: number;
  peakMb: number;
  /** Least-squares slope of RSS over the second half of the run, MB per 10,000 messages. */
  slopeMbPer10k: number;
}

/**
 * Sends `messages` pasted-error messages (each from a new user) and samples the child's RSS every
 * `everyS` seconds. The first half of the run is the warm-up (heap and caches settle); growth is
 * judged on the second half, where a leak shows as a steady positive slope.
 */
export async function soak(child: BenchChild, connector: BenchConnector, messages: number, concurrency: number, everyS = 3): Promise<SoakResult> {
  const samples: RssSample[] = [{ sent: 0, rssMb: child.rssMb() }];
  let lastSampleAt = Date.now();
  const load = await runLoad({
    botUrl: child.url, connector, concurrency, messages,
    onTick: (sent) => {
      if (Date.now() - lastSampleAt < everyS * 1000) return;
      lastSampleAt = Date.now();
      samples.push({ sent, rssMb: child.rssMb() });
      if (samples.length % 10 === 0) process.stdout.write(`  soak: ${sent} sent, RSS ${child.rssMb().toFixed(1)} MB\n`);
    },
  });
  samples.push({ sent: load.sent, rssMb: child.rssMb() });
  const secondHalf = samples.filter((s) => s.sent >= messages / 2);
  return {
    load,
    samples,
    startMb: samples[0]!.rssMb,
    endMb: samples[samples.length - 1]!.rssMb,
    peakMb: child.peakRssMb(),
    slopeMbPer10k: slope(secondHalf) * 10_000,
  };
}

function slope(points: RssSample[]): number {
  if (points.length < 2) return NaN;
  const meanX = points.reduce((a, p) => a + p.sent, 0) / points.length;
  const meanY = points.reduce((a, p) => a + p.rssMb, 0) / points.length;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.sent - meanX) * (p.rssMb - meanY);
    den += (p.sent - meanX) ** 2;
  }
  return den === 0 ? NaN : num / den;
}
