import { describe, expect, it } from 'vitest';
import { dayFromIso } from './day-number.ts';
import { holidayFeatures, springFestivalDummies } from './holiday-features.ts';

function range(fromIso: string, toIso: string): Int32Array {
  const from = dayFromIso(fromIso);
  return Int32Array.from({ length: dayFromIso(toIso) - from + 1 }, (_, i) => from + i);
}

describe('holidayFeatures', () => {
  it('marks the 2025 Spring Festival window, break and golden week', () => {
    const days = range('2025-01-01', '2025-02-28');
    const f = holidayFeatures(days);
    const at = (iso: string): number => dayFromIso(iso) - days[0]!;
    expect(f.daysToSpringFestival[at('2025-01-29')]).toBe(0);
    expect(f.daysToSpringFestival[at('2025-01-28')]).toBe(-1);
    expect(f.springFestivalBump[at('2025-01-29')]).toBe(1);
    expect(f.springFestivalBump[at('2025-01-18')]).toBeCloseTo(0.5 * (1 + Math.cos((Math.PI * 11) / 21)), 12);
    expect(f.springFestivalWindow[at('2025-01-08')]).toBe(1); // −21
    expect(f.springFestivalWindow[at('2025-01-07')]).toBe(0); // −22
    expect(f.springFestivalWindow[at('2025-02-12')]).toBe(1); // +14
    expect(f.springFestivalWindow[at('2025-02-13')]).toBe(0);
    expect(f.springFestivalBump[at('2025-02-13')]).toBe(0);
    expect(Array.from(f.publicHoliday.subarray(at('2025-01-27'), at('2025-02-02')))).toEqual([
      0, 1, 1, 1, 1, 0,
    ]);
    expect(Array.from(f.goldenWeek.subarray(at('2025-01-27'), at('2025-02-06')))).toEqual([
      0, 1, 1, 1, 1, 1, 1, 1, 1, 0,
    ]);
    expect(Array.from(f.preHoliday.subarray(at('2025-01-24'), at('2025-01-29')))).toEqual([0, 1, 1, 1, 0]);
    // New Year 2025 (Wednesday): a one-day break, not golden.
    expect(f.holidayBreak[at('2025-01-01')]).toBe(1);
    expect(f.holidayBreak[at('2025-01-02')]).toBe(0);
    expect(f.goldenWeek[at('2025-01-01')]).toBe(0);
  });

  it('marks National Day golden week and the Mid-Autumn day, and handles the year end', () => {
    const days = Int32Array.of(
      dayFromIso('2024-09-17'),
      dayFromIso('2024-10-07'),
      dayFromIso('2024-10-08'),
      dayFromIso('2040-12-31'),
      dayFromIso('2000-01-01'),
    );
    const f = holidayFeatures(days);
    expect(Array.from(f.publicHoliday)).toEqual([1, 0, 0, 0, 1]);
    expect(Array.from(f.goldenWeek)).toEqual([0, 1, 0, 0, 0]);
    expect(Array.from(f.holidayBreak)).toEqual([1, 1, 0, 1, 1]); // 2040-12-31: New Year 2041 bridge
    // 2000-01-01 is 35 days before the 2000-02-05 festival.
    // New Year 2041 falls on a Tuesday: the break starts on Sunday 2040-12-30.
    const yearEnd = holidayFeatures(Int32Array.of(dayFromIso('2040-12-29'), dayFromIso('2040-12-30')));
    expect(Array.from(yearEnd.holidayBreak)).toEqual([0, 1]);
    expect(f.daysToSpringFestival[4]).toBe(-35);
  });

  it('handles empty input and rejects days outside 2000–2040 or bad windows', () => {
    expect(holidayFeatures(new Int32Array(0)).publicHoliday.length).toBe(0);
    expect(() => holidayFeatures(Int32Array.of(dayFromIso('1999-12-31')))).toThrow(/days \(minimum\)/);
    expect(() => holidayFeatures(Int32Array.of(20_000, dayFromIso('2041-01-01')))).toThrow(
      /days \(maximum\)/,
    );
    expect(() => holidayFeatures(Int32Array.of(20_000), { before: 0 })).toThrow(/options.before/);
  });
});

describe('springFestivalDummies', () => {
  it('puts exactly one 1 per in-window day in the column of its offset', () => {
    const days = range('2026-01-20', '2026-03-10');
    const { offsets, columns } = springFestivalDummies(days, { before: 7, after: 7 });
    expect(offsets.length).toBe(15);
    expect(offsets[0]).toBe(-7);
    const festival = dayFromIso('2026-02-17') - days[0]!;
    expect(columns[7]![festival]).toBe(1);
    expect(columns[0]![festival - 7]).toBe(1);
    let total = 0;
    for (const column of columns) for (const v of column) total += v;
    expect(total).toBe(15);
  });
});
