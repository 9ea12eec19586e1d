import { describe, expect, it } from 'vitest';
import { LANGS } from '../knowledge/types';
import { EXAMPLES } from './examples';
import { readInContext } from './read';

const KINDS = [
  ['notHelped', 'not-helped'],
  ['ack', 'ack'],
  ['unrelated', 'unrelated'],
] as const;

describe.each(LANGS)('%s messages after the answer card', (lang) => {
  const examples = EXAMPLES[lang];
  for (const [key, kind] of KINDS) {
    it.each(examples[key])(`${kind}: %s`, (text) => {
      const reading = readInContext(text);
      expect(reading.kind, reading.signals.join(',')).toBe(kind);
    });
  }
  it.each(examples.question.map(([text, topic]) => [text, topic] as const))('question: %s (%s)', (text, topic) => {
    const reading = readInContext(text);
    expect(reading.kind, reading.signals.join(',')).toBe('question');
    if (reading.kind === 'question' && topic !== 'any') expect(reading.topic ?? null, reading.signals.join(',')).toBe(topic);
  });
});
