// Sales validation end to end from GBK bytes, and every row-level problem with its row number.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';
import type { ImportReport } from './import-report.ts';
import { parseCsv } from './parse-csv.ts';
import { validateSales } from './validate-sales.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function failure(csv: string): ImportReport {
  const result = validateSales(parseCsv(csv, { fileName: 'sales.csv' }));
  if (result.ok) throw new Error('expected a failed validation');
  return result.report;
}

describe('validateSales', () => {
  it('turns a GBK, semicolon, decimal-comma export with Chinese headers into typed columns', () => {
    const text = '物料编码;日期;数量;促销;单价\r\nA-01;2024/3/5;1,5;是;￥1.234,50\r\nB-02;2024/3/6;2;否;\r\n';
    const { text: decoded, encoding } = decodeText(new Uint8Array(iconv.encode(text, 'gbk')));
    expect(encoding).toBe('gbk');
    const result = validateSales(parseCsv(decoded));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rowCount).toBe(2);
    expect(result.data.sku).toEqual(['A-01', 'B-02']);
    expect(Array.from(result.data.day)).toEqual([day('2024-03-05'), day('2024-03-06')]);
    expect(Array.from(result.data.quantity)).toEqual([1.5, 2]);
    expect(Array.from(result.data.promotion)).toEqual([1, 0]);
    expect(Array.from(result.data.price)).toEqual([1234.5, Number.NaN]);
  });

  it('skips blank rows and fills absent optional columns', () => {
    const result = validateSales(parseCsv('sku,date,qty\nA,2024-01-01,3\n,,\nB,2024-01-01,0\n'));
    expect(result.ok && result.rowCount).toBe(2);
    if (!result.ok) return;
    expect(Array.from(result.data.promotion)).toEqual([0, 0]);
    expect(result.data.price.every(Number.isNaN)).toBe(true);
  });

  it('reports missing required columns on the header row', () => {
    const report = failure('sku,amount\nA,1\n');
    expect(report.problems.map((p) => [p.row, p.code, p.column])).toEqual([
      [1, 'missing_column', 'date'],
      [1, 'missing_column', 'quantity'],
    ]);
    expect(report.problems[0]?.reason).toBe('required column "date" not found in the header');
    expect(report.problems[0]?.reasonZh).toBe('表头中缺少必填列“日期”');
  });

  it('reports a file without data rows', () => {
    const report = failure('sku,date,qty\n\n');
    expect(report.problems.map((p) => p.code)).toEqual(['no_rows']);
    expect(report.problems[0]?.reasonZh).toBe('文件中没有数据行');
  });

  it('reports every cell problem with spreadsheet row numbers, header text and both languages', () => {
    const csv = [
      'SKU,Date,Qty,Promo,Price',
      ',2024-01-01,1,,', // row 2: sku required
      'A,2024-02-30,1,,', // row 3: not a date
      'B,2024-01-01,abc,,', // row 4: not a number
      'C,2024-01-01,-2,,', // row 5: negative
      'D,2024-01-01,1,maybe,', // row 6: not a flag
      'E,2024-01-01,1,,-1', // row 7: negative price
      'F,2024-01-01,1,,', // row 8
      'F,2024-01-01,2,,', // row 9: duplicate of row 8
      'G,,1,,', // row 10: date required
      'H,2024-01-01,,,', // row 11: quantity required
    ].join('\n');
    const report = failure(csv);
    expect(report.fileName).toBe('sales.csv');
    expect(report.kind).toBe('sales');
    expect(report.rowCount).toBe(10);
    expect(report.problemCount).toBe(9);
    const seen = report.problems.map((p) => [p.row, p.column, p.value, p.code]);
    expect(seen).toEqual([
      [2, 'SKU', '', 'required'],
      [3, 'Date', '2024-02-30', 'not_a_date'],
      [10, 'Date', '', 'required'],
      [4, 'Qty', 'abc', 'not_a_number'],
      [5, 'Qty', '-2', 'negative'],
      [11, 'Qty', '', 'required'],
      [6, 'Promo', 'maybe', 'not_a_flag'],
      [7, 'Price', '-1', 'negative'],
      [9, 'SKU', 'F, 2024-01-01', 'duplicate_key'],
    ]);
    const duplicate = report.problems[8];
    expect(duplicate?.reason).toBe('duplicate sku + date: already in row 8');
    expect(duplicate?.reasonZh).toBe('物料编码 + 日期重复：与第 8 行相同');
    expect(report.problems[3]?.reasonZh).toBe('数量必须是数字');
    for (const p of report.problems) expect(p.reason.length * p.reasonZh.length).toBeGreaterThan(0);
  });

  it('reports ambiguous a/b/yyyy dates', () => {
    const report = failure('sku,date,qty\nA,3/5/2024,1\nB,4/6/2024,1\n');
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'ambiguous_date'],
      [3, 'ambiguous_date'],
    ]);
  });

  it('counts every problem but lists only the first 100', () => {
    const lines = ['sku,date,qty'];
    for (let i = 0; i < 250; i++) lines.push(`S${i},2024-01-01,x`);
    const report = failure(lines.join('\n'));
    expect(report.problemCount).toBe(250);
    expect(report.problems).toHaveLength(100);
    expect(report.problems[99]?.row).toBe(101);
  });

  it('accepts an explicit mapping by index or header text', () => {
    const table = parseCsv('a,b,c\nA,2024-01-02,4\n');
    const result = validateSales(table, { sku: 0, date: 'b', quantity: 2 });
    expect(result.ok && Array.from(result.data.quantity)).toEqual([4]);
  });
});
