import { describe, expect, it } from 'vitest';
import { loadKnowledge } from './load';
import { phaseAt, utcDay } from './timeline';

const timeline = { selfServiceUntil: '2025-06-30', exceptionOnlyUntil: '2025-09-30' };

describe('phaseAt', () => {
  it.each([
    ['2024-12-01T00:00:00Z', 'self-service'],
    ['2025-06-30T23:59:59Z', 'self-service'],
    ['2025-07-01T00:00:00Z', 'exception-only'],
    ['2025-08-15T10:00:00Z', 'exception-only'],
    ['2025-09-30T23:59:59Z', 'exception-only'],
    ['2025-10-01T00:00:00Z', 'retired'],
    ['2026-11-28T12:00:00Z', 'retired'],
  ])('%s is %s', (iso, phase) => {
    expect(phaseAt(timeline, new Date(iso))).toBe(phase);
  });

  it('reads the boundaries in UTC, not local time', () => {
    // 2025-07-01 01:30 in Paris is still June 30 in UTC.
    expect(phaseAt(timeline, new Date('2025-07-01T01:30:00+02:00'))).toBe('self-service');
  });

  it('uses the dates of content/knowledge.yaml', () => {
    const k = loadKnowledge();
    expect(k.phaseAt(new Date('2025-06-30T23:59:59Z'))).toBe('self-service');
    expect(k.phaseAt(new Date('2025-07-01T00:00:00Z'))).toBe('exception-only');
    expect(k.phaseAt(new Date('2025-09-30T23:59:59Z'))).toBe('exception-only');
    expect(k.phaseAt(new Date('2025-10-01T00:00:00Z'))).toBe('retired');
  });

  it('rejects an invalid date', () => {
    expect(() => phaseAt(timeline, new Date('nonsense'))).toThrow(RangeError);
  });

  it('utcDay shifts across month ends', () => {
    expect(utcDay('2025-09-30', 1).toISOString()).toBe('2025-10-01T00:00:00.000Z');
  });
});
