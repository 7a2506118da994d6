import { describe, expect, it } from 'vitest';
import { rowsPerDay } from './daily-period.ts';

function stamps(count: number, stepMs: number): Float64Array {
  return Float64Array.from({ length: count }, (_, i) => 1_700_000_000_000 + i * stepMs);
}

describe('rowsPerDay', () => {
  it('reads 288 rows per day from 5-minute data once two days fit into learning', () => {
    expect(rowsPerDay(stamps(1000, 300_000), 750)).toBe(288);
  });

  it('is 0 when a day does not fit twice into the learning rows', () => {
    expect(rowsPerDay(stamps(1000, 300_000), 500)).toBe(0);
    expect(rowsPerDay(stamps(1000, 3_600_000), 40)).toBe(0);
  });

  it('uses the median spacing, so a few gaps do not change the answer', () => {
    const times = stamps(800, 3_600_000);
    times[100] = (times[100] as number) + 7_200_000;
    expect(rowsPerDay(times, 750)).toBe(24);
  });

  it('is 0 without usable timestamps', () => {
    expect(rowsPerDay(new Float64Array(100).fill(Number.NaN), 100)).toBe(0);
  });
});
