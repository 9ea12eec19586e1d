import { describe, expect, it } from 'vitest';
import { MinuteCounts } from './minute-counts';

const MIN = 60_000;

describe('MinuteCounts', () => {
  it('has no median when nothing was counted', () => {
    expect(new MinuteCounts().durations()).toEqual({ count: 0, medianMs: null, p90Ms: null });
  });

  it('ranks to the nearest rank: the value at ⌈p·n/100⌉ of the sorted minutes', () => {
    const counts = new MinuteCounts();
    // Ten durations, added out of order and split across adds: 1,2,3,4,5,6,7,8,9,10 minutes.
    for (const minute of [10, 3, 1, 7, 2, 9, 4, 8, 6]) counts.add(minute, 1);
    counts.add(5, 1);
    expect(counts.durations()).toEqual({ count: 10, medianMs: 5 * MIN, p90Ms: 9 * MIN });
  });

  it('sums the counts of one minute from several cells', () => {
    const counts = new MinuteCounts();
    counts.add(2, 3);
    counts.add(40, 1);
    counts.add(2, 1); // another cell's cases claimed in the same minute
    // n = 5: median rank 3 and p90 rank 5.
    expect(counts.durations()).toEqual({ count: 5, medianMs: 2 * MIN, p90Ms: 40 * MIN });
  });

  it('gives one duration as both its median and its 90th percentile', () => {
    const counts = new MinuteCounts();
    counts.add(0, 1);
    expect(counts.durations()).toEqual({ count: 1, medianMs: 0, p90Ms: 0 });
  });
});
