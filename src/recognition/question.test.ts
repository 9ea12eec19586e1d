import { describe, expect, it } from 'vitest';
import { QUESTION } from './question';

describe('QUESTION', () => {
  it.each(['Is it coming back?', '戻りますか', 'まだ使えますか。', '还能用吗', '還能用嗎 ', '다시 되나요', '언제 될까요', '언제 고쳐집니까'])('asks: %s', (text) => {
    expect(QUESTION.test(text)).toBe(true);
  });

  it.each(['It is back.', 'かなり遅い', '我明白了', '되나요청', '브라우저로 하니까 되네요'])('does not: %s', (text) => {
    expect(QUESTION.test(text)).toBe(false);
  });
});
