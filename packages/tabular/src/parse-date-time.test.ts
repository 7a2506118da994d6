// Date and timestamp notations, day/month order by column scan, zones, Excel serials, epochs.
import { describe, expect, it } from 'vitest';
import { daysFromCivil, isoDay, isValidCivil } from './civil-date.ts';
import { parseDayColumn, parseTimestampColumn } from './date-columns.ts';
import { type DateTimeParts, detectDayMonthOrder, parseDateTime } from './parse-date-time.ts';
import { CellStatus } from './parse-number.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('civil dates', () => {
  it('matches Date.UTC across eras and leap years', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2000, 2, 29)).toBe(day('2000-02-29'));
    expect(daysFromCivil(2024, 3, 5)).toBe(day('2024-03-05'));
    expect(isoDay(daysFromCivil(1900, 3, 1))).toBe('1900-03-01');
    expect(isValidCivil(2023, 2, 29)).toBe(false);
    expect(isValidCivil(2000, 2, 29)).toBe(true);
    expect(isValidCivil(1900, 2, 29)).toBe(false);
    expect(isValidCivil(2024, 4, 31)).toBe(false);
    expect(isValidCivil(2024, 13, 1)).toBe(false);
  });
});

describe('parseDayColumn', () => {
  it('reads every supported date notation', () => {
    const values = [
      '2024-03-05',
      '2024/3/5',
      '2024.03.05',
      '20240305',
      '05.03.2024',
      '2024年3月5日',
      '２０２４年３月５日',
      '45356',
      '2024-03-05T23:30:00+08:00',
      '2024-03-05 08:00',
      ' 2024-3-5 ',
    ];
    const col = parseDayColumn(values);
    expect(Array.from(col.status)).toEqual(values.map(() => CellStatus.ok));
    expect(Array.from(col.values)).toEqual(values.map(() => day('2024-03-05')));
  });

  it('orders a/b/yyyy by scanning the column', () => {
    const mdy = parseDayColumn(['3/5/2024', '12/31/2024']);
    expect(Array.from(mdy.values)).toEqual([day('2024-03-05'), day('2024-12-31')]);
    const dmy = parseDayColumn(['5/3/2024', '31/12/2024']);
    expect(Array.from(dmy.values)).toEqual([day('2024-03-05'), day('2024-12-31')]);
  });

  it('flags a/b/yyyy as ambiguous when the column cannot decide, except when a equals b', () => {
    const col = parseDayColumn(['3/5/2024', '4/4/2024']);
    expect(Array.from(col.status)).toEqual([CellStatus.ambiguous, CellStatus.ok]);
    expect(col.values[1]).toBe(day('2024-04-04'));
  });

  it('rejects impossible or unknown dates and marks blanks', () => {
    const col = parseDayColumn([
      '2024-02-30',
      '20241301',
      'March 5',
      '2024',
      '',
      '2024-03-05T25:00',
      '3/5/24',
    ]);
    expect(Array.from(col.status)).toEqual([
      CellStatus.invalid,
      CellStatus.invalid,
      CellStatus.invalid,
      CellStatus.invalid,
      CellStatus.blank,
      CellStatus.invalid,
      CellStatus.invalid,
    ]);
    expect(Array.from(col.values).every(Number.isNaN)).toBe(true);
  });

  it('returns the same result for repeated (cached) values', () => {
    const col = parseDayColumn(['2024-03-05', 'bad', '2024-03-05', 'bad']);
    expect(Array.from(col.status)).toEqual([0, 2, 0, 2]);
    expect(col.values[2]).toBe(day('2024-03-05'));
  });
});

describe('parseTimestampColumn', () => {
  it('reads zones, fractions, serials and epochs; no zone means UTC', () => {
    const values = [
      '2024-03-05T08:30:00Z',
      '2024-03-05 16:30:00+08:00',
      '2024-03-05T16:30:00+0800',
      '2024-03-05T16:30+08',
      '2024-03-05T03:30:00-05',
      '2024-03-05 08:30',
      '2024/3/5 8:30:00',
      '2024-03-05T08:30:00.000 UTC',
      '45356.3541666667',
      '1709627400',
      '1709627400000',
    ];
    const col = parseTimestampColumn(values);
    expect(Array.from(col.status)).toEqual(values.map(() => CellStatus.ok));
    const expected = Date.UTC(2024, 2, 5, 8, 30);
    for (const x of col.values) expect(Math.abs(x - expected)).toBeLessThan(1);
  });

  it('keeps milliseconds and rejects bad times and zones', () => {
    const col = parseTimestampColumn([
      '2024-03-05T08:30:00.125-05:30',
      '2024-03-05T08:61',
      '2024-03-05 08:30+15:00',
    ]);
    expect(col.values[0]).toBe(Date.UTC(2024, 2, 5, 14, 0, 0, 125));
    expect(Array.from(col.status)).toEqual([CellStatus.ok, CellStatus.invalid, CellStatus.invalid]);
  });
});

describe('detectDayMonthOrder and parseDateTime', () => {
  it('ignores dotted and ISO values when scanning', () => {
    expect(detectDayMonthOrder(['25.12.2024', '2024-01-13'])).toBe('unknown');
    expect(detectDayMonthOrder(['1/13/2024'])).toBe('mdy');
    expect(detectDayMonthOrder(['13-1-2024'])).toBe('dmy');
  });

  it('reports whether a time was present', () => {
    const out: DateTimeParts = { wallMs: 0, offsetMs: 0, hasTime: false };
    expect(parseDateTime('2024-03-05', 'unknown', out)).toBe(CellStatus.ok);
    expect(out.hasTime).toBe(false);
    expect(parseDateTime('2024-03-05 10:00:00', 'unknown', out)).toBe(CellStatus.ok);
    expect(out.hasTime).toBe(true);
    expect(out.wallMs).toBe(Date.UTC(2024, 2, 5, 10));
  });
});
