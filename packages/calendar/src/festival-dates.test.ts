import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from './day-number.ts';
import { dragonBoatDay, midAutumnDay, qingmingDay, springFestivalDay } from './festival-dates.ts';

describe('festival dates', () => {
  it('knows published Spring Festival dates', () => {
    const known: Array<[number, string]> = [
      [2000, '2000-02-05'],
      [2008, '2008-02-07'],
      [2015, '2015-02-19'],
      [2020, '2020-01-25'],
      [2023, '2023-01-22'],
      [2024, '2024-02-10'],
      [2025, '2025-01-29'],
      [2026, '2026-02-17'],
      [2027, '2027-02-06'],
      [2033, '2033-01-31'],
      [2040, '2040-02-12'],
    ];
    for (const [year, iso] of known) expect(isoFromDay(springFestivalDay(year))).toBe(iso);
  });

  it('knows published Dragon Boat, Mid-Autumn and Qingming dates', () => {
    expect(dragonBoatDay(2024)).toBe(dayFromIso('2024-06-10'));
    expect(dragonBoatDay(2025)).toBe(dayFromIso('2025-05-31'));
    expect(dragonBoatDay(2023)).toBe(dayFromIso('2023-06-22'));
    expect(midAutumnDay(2024)).toBe(dayFromIso('2024-09-17'));
    expect(midAutumnDay(2023)).toBe(dayFromIso('2023-09-29'));
    expect(midAutumnDay(2025)).toBe(dayFromIso('2025-10-06'));
    expect(midAutumnDay(2020)).toBe(dayFromIso('2020-10-01'));
    expect(qingmingDay(2024)).toBe(dayFromIso('2024-04-04'));
    expect(qingmingDay(2026)).toBe(dayFromIso('2026-04-05'));
  });

  it('keeps every festival in its plausible window and 353–385 days apart', () => {
    for (let year = 2000; year <= 2040; year += 1) {
      const sf = isoFromDay(springFestivalDay(year));
      expect(sf >= `${year}-01-21` && sf <= `${year}-02-20`).toBe(true);
      const gap = springFestivalDay(year + 1) - springFestivalDay(year);
      expect(gap === 354 || gap === 355 || gap === 353 || gap === 383 || gap === 384 || gap === 385).toBe(
        true,
      );
      // 端午 is lunar 5/5 and 中秋 lunar 8/15: between them lie about three lunar months (~99–103 days).
      const between = midAutumnDay(year) - dragonBoatDay(year);
      expect(between).toBeGreaterThanOrEqual(96);
      expect(between).toBeLessThanOrEqual(135);
      expect([`${year}-04-04`, `${year}-04-05`]).toContain(isoFromDay(qingmingDay(year)));
    }
  });

  it('rejects years outside the table', () => {
    expect(() => springFestivalDay(1998)).toThrow(/1999..2041/);
    expect(() => midAutumnDay(2041)).toThrow(/year must be an integer in 2000..2040/);
    expect(() => dragonBoatDay(2024.5)).toThrow(/year/);
  });
});
