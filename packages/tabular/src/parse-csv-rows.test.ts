import { describe, expect, it } from 'vitest';
import { parseCsvRows } from './parse-csv-rows.ts';

describe('parseCsvRows', () => {
  it('keeps every line, ragged rows included, and handles quotes, BOM and CRLF', () => {
    expect(parseCsvRows('\uFEFFa,b\r\n"1,5","say ""hi"""\r\n\r\n2,3,4\n5')).toEqual([
      ['a', 'b'],
      ['1,5', 'say "hi"'],
      ['2', '3', '4'],
      ['5'],
    ]);
  });

  it('detects semicolons and tabs, and takes an explicit delimiter', () => {
    expect(parseCsvRows('t;x;y\n1;2,5;3\n')).toEqual([
      ['t', 'x', 'y'],
      ['1', '2,5', '3'],
    ]);
    expect(parseCsvRows('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsvRows('a|b', ',')).toEqual([['a|b']]);
  });

  it('returns no rows for empty text', () => {
    expect(parseCsvRows('')).toEqual([]);
    expect(parseCsvRows('\n\n')).toEqual([]);
  });
});
