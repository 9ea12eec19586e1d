import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { LANGS } from '../src/knowledge/types';

/** One labeled line of a corpus file (see ../shared/corpus/README.md). */
export const CorpusLineSchema = z.object({
  id: z.string(),
  text: z.string(),
  lang: z.enum(LANGS),
  locale: z.string().optional(),
  expect: z.enum(['resolution', 'handoff', 'none']),
  category: z.string(),
});
export type CorpusLine = z.infer<typeof CorpusLineSchema>;
export type Expectation = CorpusLine['expect'];

/** The shared development corpus, beside the project folder. */
export const DEFAULT_CORPUS = resolve(__dirname, '../../shared/corpus/dev.jsonl');

/** One labeled conversation of a dialogs corpus: one user in a personal chat, turns in order. */
export const DialogSchema = z.object({
  id: z.string(),
  lang: z.enum(LANGS),
  locale: z.string().optional(),
  category: z.string(),
  turns: z.array(z.object({ text: z.string(), expect: z.enum(['resolution', 'handoff', 'none', 'followup', 'ack', 'added']) })).min(1),
});
export type Dialog = z.infer<typeof DialogSchema>;
export const DEFAULT_DIALOGS = resolve(__dirname, '../../shared/corpus/dialogs.dev.jsonl');

/** The lines of a JSONL file, each validated by `schema`; a bad line fails with its file and line number. */
export function readJsonl<T>(path: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export function readCorpus(path: string): CorpusLine[] {
  return readJsonl(path, CorpusLineSchema);
}

/** Value of `--name value` on the command line. */
export function option(name: string, fallback?: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

export interface Outcome {
  line: CorpusLine;
  got: Expectation;
}

/** Share of `part` in `whole`, 1 when there is nothing to count. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

export function groupAccuracy(outcomes: Outcome[], key: (line: CorpusLine) => string): Array<[string, number, number]> {
  const groups = new Map<string, { ok: number; total: number }>();
  for (const { line, got } of outcomes) {
    const group = groups.get(key(line)) ?? { ok: 0, total: 0 };
    group.total++;
    if (got === line.expect) group.ok++;
    groups.set(key(line), group);
  }
  return [...groups.entries()].map(([name, { ok, total }]) => [name, ratio(ok, total), total]);
}

/** Precision and recall of one label over the outcomes. */
export function precisionRecall(outcomes: Outcome[], label: Expectation): { precision: number; recall: number } {
  const predicted = outcomes.filter((outcome) => outcome.got === label);
  const actual = outcomes.filter((outcome) => outcome.line.expect === label);
  const hits = predicted.filter((outcome) => outcome.line.expect === label).length;
  return { precision: ratio(hits, predicted.length), recall: ratio(hits, actual.length) };
}

export function printTable(title: string, rows: Array<[string, number, number]>): void {
  console.log(`\n${title}`);
  for (const [name, accuracy, total] of rows.sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${name.padEnd(20)} ${accuracy.toFixed(3)}  (n=${total})`);
  }
}

export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}
