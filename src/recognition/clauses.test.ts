import { describe, expect, it } from 'vitest';
import { normalizeMessage } from './clauses';
import { normalize } from './normalize';

describe('normalizeMessage', () => {
  it('cuts at sentence punctuation, commas, colons and spaced dashes', () => {
    expect(normalizeMessage('Token error again. Agent, please: now – thanks').clauses).toEqual([' token error again ', ' agent ', ' please ', ' now ', ' thanks ']);
  });
  it('cuts CJK text at ideographic punctuation', () => {
    expect(normalizeMessage('登录失败。请转人工，谢谢').clauses).toEqual([' 登录失败 ', ' 请转人工 ', ' 谢谢 ']);
  });
  it('gives the same whole text as normalize()', () => {
    const text = 'Hi, the Workfront pane — Unable to get the outlookIdentityToken! ǂ odd letter';
    expect(normalizeMessage(text).normalized).toBe(normalize(text.replace('ǂ', ' ')));
  });
  it('keeps hyphenated words in one clause', () => {
    expect(normalizeMessage('Workfront-Add-in geht nicht').clauses).toEqual([' workfront add in geht nicht ']);
  });
});
