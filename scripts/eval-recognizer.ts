/**
 * Offline measure of recognition and language choice on a labeled corpus.
 *   npx tsx scripts/eval-recognizer.ts [--corpus path] [--min-accuracy 0.97] [--verbose]
 * Expectation mapping: handoff = topic && wantsHuman, resolution = topic, none = not topic.
 */
import { performance } from 'node:perf_hooks';
import { chooseLanguage, recognize } from '../src/recognition';
import type { Recognition } from '../src/recognition';
import {
  DEFAULT_CORPUS, type Expectation, groupAccuracy, option, type Outcome, percentile, precisionRecall, printTable, ratio, readCorpus,
} from './corpus';

function expectationOf(recognition: Recognition): Expectation {
  if (recognition.topic !== 'token-error') return 'none';
  return recognition.wantsHuman ? 'handoff' : 'resolution';
}

function medianMicros(texts: string[], rounds: number): number {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const start = performance.now();
      recognize(text);
      samples.push((performance.now() - start) * 1000);
    }
  }
  return percentile(samples, 0.5);
}

function main(): void {
  const lines = readCorpus(option('corpus', DEFAULT_CORPUS) ?? DEFAULT_CORPUS);
  const verbose = process.argv.includes('--verbose');
  const outcomes: Outcome[] = [];
  let langHits = 0;
  const langOutcomes: Outcome[] = [];
  for (const line of lines) {
    const recognition = recognize(line.text);
    const got = expectationOf(recognition);
    outcomes.push({ line, got });
    const choice = chooseLanguage(line.text, line.locale);
    if (choice.lang === line.lang) langHits++;
    // Any label other than the expected one marks a wrong language (a 'none' line included).
    const wrongLabel: Expectation = line.expect === 'none' ? 'resolution' : 'none';
    langOutcomes.push({ line, got: choice.lang === line.lang ? line.expect : wrongLabel });
    if (verbose && got !== line.expect) console.log(`MISS ${line.id} ${line.lang} expect=${line.expect} got=${got} [${recognition.signals.join(',')}] ${JSON.stringify(line.text)}`);
    if (verbose && choice.lang !== line.lang) console.log(`LANG ${line.id} ${line.lang}/${line.locale} got=${choice.lang} (${choice.source}) ${JSON.stringify(line.text)}`);
  }
  const accuracy = ratio(outcomes.filter((outcome) => outcome.got === outcome.line.expect).length, outcomes.length);
  const languageAccuracy = ratio(langHits, lines.length);
  console.log(`lines ${lines.length}  accuracy ${accuracy.toFixed(3)}  language ${languageAccuracy.toFixed(3)}`);
  for (const label of ['resolution', 'handoff', 'none'] as const) {
    const { precision, recall } = precisionRecall(outcomes, label);
    console.log(`  ${label.padEnd(11)} precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`);
  }
  printTable('accuracy by category', groupAccuracy(outcomes, (line) => line.category));
  printTable('accuracy by language', groupAccuracy(outcomes, (line) => line.lang));
  printTable('language choice by language', groupAccuracy(langOutcomes, (line) => line.lang));
  const micros = medianMicros(lines.map((line) => line.text), 20);
  const big = 'Workfront add-in '.repeat(6000);
  console.log(`\nrecognize median ${micros.toFixed(1)} µs/message; 100k-char message ${(medianMicros([big], 5)).toFixed(0)} µs`);

  const minimum = Number(option('min-accuracy', '0.97'));
  if (accuracy < minimum || languageAccuracy < minimum) {
    console.error(`below threshold ${minimum}`);
    process.exitCode = 1;
  }
}

main();
