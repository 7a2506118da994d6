// Number reading: per-column decimal separator, thousands groups, full-width digits, currency, rejects.
import { describe, expect, it } from 'vitest';
import { CellStatus, detectDecimalSeparator, parseNumber, parseNumberColumn } from './parse-number.ts';

describe('detectDecimalSeparator', () => {
  it('decides from values that settle it', () => {
    expect(detectDecimalSeparator(['1,5', '2'])).toBe(',');
    expect(detectDecimalSeparator(['1.234,5'])).toBe(',');
    expect(detectDecimalSeparator(['1,234.5'])).toBe('.');
    expect(detectDecimalSeparator(['1,234,567'])).toBe('.');
    expect(detectDecimalSeparator(['1.234.567'])).toBe(',');
    expect(detectDecimalSeparator(['2.5', '1,234'])).toBe('.');
    expect(detectDecimalSeparator(['1,234', '7,5'])).toBe(',');
  });

  it('falls back to "." or to the decimal-comma hint when every value is ambiguous', () => {
    expect(detectDecimalSeparator(['1,234', '2,000'])).toBe('.');
    expect(detectDecimalSeparator(['1,234', '2,000'], true)).toBe(',');
    expect(detectDecimalSeparator([], true)).toBe(',');
  });
});

describe('parseNumber', () => {
  it('reads plain numbers exactly', () => {
    expect(parseNumber('12', '.')).toBe(12);
    expect(parseNumber('-0.25', '.')).toBe(-0.25);
    expect(parseNumber('1e3', '.')).toBe(1000);
    expect(parseNumber('+7', ',')).toBe(7);
  });

  it('reads thousands separators and decimal commas per style', () => {
    expect(parseNumber('1,234.5', '.')).toBe(1234.5);
    expect(parseNumber('1.234,5', ',')).toBe(1234.5);
    expect(parseNumber('1,5', ',')).toBe(1.5);
    expect(parseNumber('1,234', '.')).toBe(1234);
    expect(parseNumber('1,234', ',')).toBe(1.234);
    expect(parseNumber('1 234,5', ',')).toBe(1234.5);
  });

  it('reads full-width digits, currency signs, spaces and accounting negatives', () => {
    expect(parseNumber('１２３．５', '.')).toBe(123.5);
    expect(parseNumber('￥1,200.00 ', '.')).toBe(1200);
    expect(parseNumber('¥ 8', '.')).toBe(8);
    expect(parseNumber('35元', '.')).toBe(35);
    expect(parseNumber('(1,234.50)', '.')).toBe(-1234.5);
    expect(parseNumber('\u00a042\u00a0', '.')).toBe(42);
  });

  it('rejects text, broken grouping and blanks', () => {
    for (const bad of ['', '  ', 'abc', '1,5', '12a', '1-2', '.', '1,23,4', '0x10', 'Infinity', 'e5']) {
      expect(parseNumber(bad, '.'), bad).toBeNaN();
    }
    expect(parseNumber('1.5', ',')).toBeNaN();
    expect(parseNumber('1e3', ',')).toBeNaN();
  });
});

describe('parseNumberColumn', () => {
  it('parses a column with one style and marks blanks apart from invalid cells', () => {
    const col = parseNumberColumn(['1,5', '', '2', 'x', '3,25']);
    expect(col.decimal).toBe(',');
    expect(Array.from(col.values)).toEqual([1.5, Number.NaN, 2, Number.NaN, 3.25]);
    expect(Array.from(col.status)).toEqual([
      CellStatus.ok,
      CellStatus.blank,
      CellStatus.ok,
      CellStatus.invalid,
      CellStatus.ok,
    ]);
  });
});
