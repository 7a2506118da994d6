// RFC 4180 parsing: quotes, embedded newlines, delimiters, ragged rows, blank lines, odd line ends.
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detect-delimiter.ts';
import { parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('reads a simple file column-major', () => {
    const t = parseCsv('sku,qty\nA,1\nB,2\n', { fileName: 'a.csv' });
    expect(t).toEqual({
      fileName: 'a.csv',
      header: ['sku', 'qty'],
      columns: [
        ['A', 'B'],
        ['1', '2'],
      ],
      rowCount: 2,
      headerRow: 1,
      delimiter: ',',
    });
  });

  it('handles quotes, escaped quotes, delimiters and CRLF newlines inside quotes', () => {
    const t = parseCsv('name,note,n\r\n"Bolt, M8","says ""hi""\r\nline 2",3\r\n"",x,""\r\n');
    expect(t.columns).toEqual([
      ['Bolt, M8', ''],
      ['says "hi"\r\nline 2', 'x'],
      ['3', ''],
    ]);
    expect(t.rowCount).toBe(2);
  });

  it('is lenient with stray quotes and text after a closing quote', () => {
    const t = parseCsv('a,b\n5" pipe,"x"y\n"open,1');
    expect(t.columns).toEqual([
      ['5" pipe', 'open,1'],
      ['xy', ''],
    ]);
  });

  it('detects ; \\t and | delimiters and keeps decimal commas intact', () => {
    expect(parseCsv('sku;qty\nA;1,5\nB;2,25').columns).toEqual([
      ['A', 'B'],
      ['1,5', '2,25'],
    ]);
    expect(parseCsv('a\tb\n1\t2').delimiter).toBe('\t');
    expect(parseCsv('a|b|c\n1|2|3').delimiter).toBe('|');
  });

  it('uses an explicit delimiter and rejects unsupported ones', () => {
    expect(parseCsv('a;b,c\n1;2,3', { delimiter: ',' }).header).toEqual(['a;b', 'c']);
    expect(() => parseCsv('a', { delimiter: ':' })).toThrow(/options.delimiter must be one of/);
    expect(() => parseCsv(42 as unknown as string)).toThrow(/text must be a string/);
  });

  it('pads short rows, names extra columns and handles a trailing delimiter', () => {
    const t = parseCsv('a,b\n1\n2,3,4\n5,6,');
    expect(t.header).toEqual(['a', 'b', 'column 3']);
    expect(t.columns).toEqual([
      ['1', '2', '5'],
      ['', '3', '6'],
      ['', '4', ''],
    ]);
  });

  it('keeps interior blank lines as empty rows, drops trailing ones and leading ones before the header', () => {
    const t = parseCsv('\r\n\r\nsku,qty\r\nA,1\r\n\r\nB,2\r\n\r\n\r\n');
    expect(t.headerRow).toBe(3);
    expect(t.rowCount).toBe(3);
    expect(t.columns).toEqual([
      ['A', '', 'B'],
      ['1', '', '2'],
    ]);
  });

  it('strips a BOM character, reads CR-only line ends and a last line without newline', () => {
    const t = parseCsv('\ufeffsku,qty\rA,1\rB,2');
    expect(t.header).toEqual(['sku', 'qty']);
    expect(t.columns).toEqual([
      ['A', 'B'],
      ['1', '2'],
    ]);
  });

  it('returns an empty table for empty text and a header-only table', () => {
    expect(parseCsv('')).toMatchObject({ header: [], columns: [], rowCount: 0 });
    expect(parseCsv('a,b\n')).toMatchObject({ header: ['a', 'b'], columns: [[], []], rowCount: 0 });
  });

  it('reads a single-column file', () => {
    expect(parseCsv('sku\nA\nB').columns).toEqual([['A', 'B']]);
  });

  it('parses a larger generated file consistently', () => {
    const lines = ['sku,day,qty,price'];
    for (let i = 0; i < 5000; i++) lines.push(`S${i % 37},${i},"${i % 11}",${(i % 7) / 2}`);
    const t = parseCsv(lines.join('\r\n'));
    expect(t.rowCount).toBe(5000);
    expect(t.columns[0]?.[4999]).toBe('S4');
    expect(t.columns[2]?.[4999]).toBe(String(4999 % 11));
    expect(t.columns[3]?.[13]).toBe('3');
  });
});

describe('detectDelimiter', () => {
  it('prefers the delimiter that splits every line the same way', () => {
    expect(detectDelimiter('sku;qty\nA;1,5\nB;2,5')).toBe(';');
    expect(detectDelimiter('"a;b",c\n"x;y",d')).toBe(',');
    expect(detectDelimiter('single column\nvalue')).toBe(',');
  });
});
