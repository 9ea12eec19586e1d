import type { Durations } from './types';

const MINUTE_MS = 60_000;

/** Durations counted per whole minute, ranked on request: median and 90th percentile, nearest rank. */
export class MinuteCounts {
  private readonly counts = new Map<number, number>();
  private total = 0;

  add(minute: number, count: number): void {
    this.counts.set(minute, (this.counts.get(minute) ?? 0) + count);
    this.total += count;
  }

  durations(): Durations {
    if (!this.total) return { count: 0, medianMs: null, p90Ms: null };
    const minutes = [...this.counts.keys()].sort((a, b) => a - b);
    return { count: this.total, medianMs: this.rank(minutes, 50) * MINUTE_MS, p90Ms: this.rank(minutes, 90) * MINUTE_MS };
  }

  /** The minute at which the running count reaches the nearest rank, ⌈p·n/100⌉. */
  private rank(minutes: number[], p: number): number {
    const wanted = Math.ceil((p * this.total) / 100);
    let running = 0;
    for (const minute of minutes) {
      running += this.counts.get(minute)!;
      if (running >= wanted) return minute;
    }
    return minutes.at(-1)!;
  }
}
