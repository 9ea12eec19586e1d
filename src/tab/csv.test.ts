import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, separatorFor } from './csv';

describe('CSV for Excel', () => {
  it('quotes only what needs it, doubling quotes', () => {
    expect(csvCell('plain', ',')).toBe('plain');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', ',')).toBe('"two\nlines"');
    expect(csvCell('日本語のテキスト', ',')).toBe('日本語のテキスト');
  });

  it('never lets text start a formula', () => {
    for (const text of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x']) expect(csvCell(text, ',').replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=A1,B1', ',')).toBe(`"'=A1,B1"`);
    expect(csvCell('a=b', ',')).toBe('a=b');
  });

  it('writes numbers as they are, empty cells for nothing, and ends records with CRLF', () => {
    expect(csvLine(['WF-1', 42, undefined, null, -5, Number.NaN], ',')).toBe('WF-1,42,,,-5,\r\n');
  });

  it('separates with ; where Excel reads decimal commas, with , elsewhere', () => {
    expect(['fr', 'de', 'es', 'it', 'pt', 'nl'].map((l) => separatorFor(l as never))).toEqual([';', ';', ';', ';', ';', ';']);
    expect(['en', 'ja', 'ko', 'zh'].map((l) => separatorFor(l as never))).toEqual([',', ',', ',', ',']);
  });
});
