import { describe, expect, it } from 'vitest';
import { isImportReport } from './import-report-guard.ts';

describe('isImportReport', () => {
  it('accepts a report body', () => {
    const report = {
      fileName: 'bad.csv',
      kind: 'sales',
      rowCount: 3,
      problemCount: 1,
      problems: [{ row: 3, column: 'date', value: 'x', reason: 'not a date', reasonZh: '不是日期' }],
    };
    expect(isImportReport(report)).toBe(true);
  });

  it('rejects other details', () => {
    expect(isImportReport(null)).toBe(false);
    expect(isImportReport('text')).toBe(false);
    expect(isImportReport({ problems: 'none', problemCount: 1 })).toBe(false);
    expect(isImportReport({ problems: [] })).toBe(false);
  });
});
