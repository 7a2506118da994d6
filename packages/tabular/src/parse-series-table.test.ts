import { describe, expect, it } from 'vitest';
import { parseSeriesTable } from './parse-series-table.ts';

describe('parseSeriesTable', () => {
  it('reads the M4 wide layout with empty trailing cells', () => {
    const table = parseSeriesTable('"V1","V2","V3","V4"\n"W1","1","2",""\n"W2","5","6","7"\n', 'wide');
    expect(Array.from(table.get('W1')!)).toEqual([1, 2]);
    expect(Array.from(table.get('W2')!)).toEqual([5, 6, 7]);
  });
  it('reads long data with ds dates out of order', () => {
    const table = parseSeriesTable(
      'unique_id,ds,y\nA,2024-01-03,3\nA,2024-01-01,1\nA,2024-01-02,2\n',
      'long',
    );
    expect(Array.from(table.get('A')!)).toEqual([1, 2, 3]);
  });
  it('names the cell that is not a number', () => {
    expect(() => parseSeriesTable('unique_id,t,y\nA,1,abc\n', 'long', 'train.csv')).toThrow(
      /train.csv row 2/,
    );
  });
});
