import { setFlagsFromString } from 'node:v8';

/**
 * Under a steady stream of messages V8 lets the old generation grow to about four times the live data
 * before a full collection: this bot's ~60 MB of loaded code and data would let the heap reach ~250 MB
 * of mostly garbage. A growth factor of 1 + percent/100 bounds the peak to what the live data needs,
 * without a hard cap that could end the process under a burst. The factor is read at each full
 * collection, so setting it at startup takes effect.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
