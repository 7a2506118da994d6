import { describe, expect, it } from 'vitest';
import { dateFromDay, dayFromDate, dayFromIso, isoFromDay, isoWeekday } from './day-number.ts';

describe('day numbers', () => {
  it('anchors 1970-01-01 at day 0 and known dates', () => {
    expect(dayFromDate(1970, 1, 1)).toBe(0);
    expect(dayFromDate(2000, 1, 1)).toBe(10_957);
    expect(dayFromIso('2024-02-29')).toBe(19_782);
    expect(dayFromDate(1969, 12, 31)).toBe(-1);
    expect(Date.UTC(2026, 10, 28) / 86_400_000).toBe(dayFromIso('2026-11-28'));
  });

  it('round-trips every day from 1999 to 2041', () => {
    for (let d = dayFromIso('1999-01-01'); d <= dayFromIso('2041-12-31'); d += 1) {
      const { year, month, day } = dateFromDay(d);
      expect(dayFromDate(year, month, day)).toBe(d);
      const js = new Date(d * 86_400_000);
      if (js.getUTCDate() !== day || js.getUTCMonth() + 1 !== month) expect(isoFromDay(d)).toBe('mismatch');
    }
  });

  it('formats ISO strings and weekdays', () => {
    expect(isoFromDay(dayFromIso('2026-02-17'))).toBe('2026-02-17');
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(dayFromIso('2024-02-10'))).toBe(6);
    expect(isoWeekday(dayFromIso('2026-11-29'))).toBe(7);
    expect(isoWeekday(-1)).toBe(3);
  });

  it('rejects invalid dates naming the argument', () => {
    expect(() => dayFromDate(2023, 2, 29)).toThrow(/day must be an integer in 1..28/);
    expect(() => dayFromDate(2023, 13, 1)).toThrow(/month/);
    expect(() => dayFromIso('2024/01/01')).toThrow(/YYYY-MM-DD/);
    expect(() => dateFromDay(1.5)).toThrow(/dayNumber/);
  });
});
