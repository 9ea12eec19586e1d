import { describe, expect, it } from 'vitest';
import { warmUpRecognition } from './warmUp';

describe('warmUpRecognition', () => {
  it('reads every text, and any text (empty, long, any script) without throwing', () => {
    const texts = ['', 'Unable to get the outlookIdentityToken', 'Le complément Workfront ne marche plus', 'アドインが動きません', 'x'.repeat(20_000)];
    expect(warmUpRecognition(texts)).toBe(texts.length);
  });
});
