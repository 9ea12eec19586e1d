import { recognize } from '../../src/recognition';
import { readCorpus } from '../corpus';
import { percentile } from './load';

export interface RecognizerResult {
  texts: number;
  calls: number;
  medianUs: number;
  p99Us: number;
  meanUs: number;
}

/**
 * Times `recognize` alone, call by call, over every corpus text: `rounds` passes after a warm-up
 * pass, so the figures are of JIT-compiled code, as in a running bot.
 */
export function benchRecognizer(corpusPath: string, rounds: number): RecognizerResult {
  const texts = readCorpus(corpusPath).map((line) => line.text);
  let sink = 0; // keeps the calls observable so they are not optimized away
  for (let i = 0; i < 20; i += 1) for (const text of texts) sink += recognize(text).signals.length;
  const samples: number[] = [];
  let total = 0n;
  for (let round = 0; round < rounds; round += 1) {
    for (const text of texts) {
      const t0 = process.hrtime.bigint();
      sink += recognize(text).signals.length;
      const took = process.hrtime.bigint() - t0;
      total += took;
      samples.push(Number(took) / 1000);
    }
  }
  if (sink < 0) throw new Error('unreachable');
  return { texts: texts.length, calls: samples.length, medianUs: percentile(samples, 50), p99Us: percentile(samples, 99), meanUs: Number(total) / 1000 / samples.length };
}
