import { describe, expect, it } from 'vitest';
import { formatAge, formatDate } from './format';

describe('formatDate', () => {
  it('writes the UTC calendar day in the language', () => {
    const d = new Date('2025-06-30T23:30:00Z');
    expect(formatDate('en', d)).toBe('June 30, 2025');
    expect(formatDate('fr', d)).toBe('30 juin 2025');
    expect(formatDate('de', d)).toBe('30. Juni 2025');
    expect(formatDate('ja', d)).toBe('2025年6月30日');
  });
});

describe('formatAge', () => {
  it('picks the largest whole unit', () => {
    expect(formatAge('en', 5_000)).toBe('now');
    expect(formatAge('en', 3 * 60_000 + 10_000)).toBe('3 minutes ago');
    expect(formatAge('fr', 2 * 3_600_000)).toBe('il y a 2 heures');
    expect(formatAge('en', 86_400_000 + 1)).toBe('yesterday');
    expect(formatAge('de', 3 * 86_400_000)).toBe('vor 3 Tagen');
  });

  it('treats clock skew (a negative age) as now', () => {
    expect(formatAge('en', -10_000)).toBe('now');
  });
});
