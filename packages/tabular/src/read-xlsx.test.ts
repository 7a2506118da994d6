// Excel reading from workbooks built in the test with exceljs, and readTable's dispatch.
import { isAppError } from '@zhizao/core';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTable } from './read-table.ts';
import { cellText, readXlsx } from './read-xlsx.ts';
import { validateSales } from './validate-sales.ts';

async function salesWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('说明');
  notes.addRow(['read me']);
  const sheet = workbook.addWorksheet('销售');
  sheet.addRow([]); // a blank first row: the header is on row 2
  sheet.addRow(['物料编码', '日期', '数量', '单价']);
  sheet.addRow(['A-01', new Date(Date.UTC(2024, 2, 5)), 12, 0.1 + 0.2]);
  sheet.addRow([
    'B-02',
    45357,
    { formula: 'C3*2', result: 24 },
    { richText: [{ text: '9' }, { text: '.5' }] },
  ]);
  sheet.addRow([]);
  sheet.addRow(['C-03', '2024/3/8', 1, null]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('reads a named sheet with Excel row numbers, dates, formulas and rich text', async () => {
    const table = await readXlsx(await salesWorkbook(), { sheet: '销售', fileName: 'sales.xlsx' });
    expect(table.header).toEqual(['物料编码', '日期', '数量', '单价']);
    expect(table.headerRow).toBe(2);
    expect(table.rowCount).toBe(4);
    expect(table.columns).toEqual([
      ['A-01', 'B-02', '', 'C-03'],
      ['2024-03-05', '45357', '', '2024/3/8'],
      ['12', '24', '', '1'],
      ['0.3', '9.5', '', ''],
    ]);
    const result = validateSales(table);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Array.from(result.data.day)).toEqual([19787, 19788, 19790]);
    expect(Array.from(result.data.quantity)).toEqual([12, 24, 1]);
  });

  it('reads the first sheet by default and reports problems on Excel rows', async () => {
    const bytes = await salesWorkbook();
    expect((await readXlsx(bytes)).header).toEqual(['read me']);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.addRow(['sku', 'date', 'qty']);
    sheet.addRow(['A', new Date(Date.UTC(2024, 0, 1, 8, 30)), -1]);
    const table = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(table.columns[1]).toEqual(['2024-01-01T08:30:00']);
    const result = validateSales(table);
    expect(!result.ok && result.report.problems.map((p) => [p.row, p.code])).toEqual([[2, 'negative']]);
  });

  it('names missing sheets and rejects bytes that are not a workbook', async () => {
    const bytes = await salesWorkbook();
    await expect(readXlsx(bytes, { sheet: 'nope' })).rejects.toThrow(
      /worksheet "nope" not found; sheets: 说明, 销售/,
    );
    const error = await readXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('INVALID_INPUT');
  });

  it('turns every cell kind into text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('true');
    expect(cellText(1e21)).toBe('1e+21');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText({ text: 'link', hyperlink: 'http://x' })).toBe('link');
    expect(cellText({ formula: 'A1', result: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 600)) })).toBe(
      '2024-01-02T03:04:05.600',
    );
  });
});

describe('readTable', () => {
  it('dispatches on the ZIP signature, else decodes text as CSV', async () => {
    const xlsx = await readTable(await salesWorkbook(), 'upload.bin');
    expect(xlsx.header).toEqual(['read me']);
    const csv = await readTable(
      new Uint8Array(iconv.encode('物料号;日期;销量\nA;2024-01-01;3\n', 'gbk')),
      'x.csv',
    );
    expect(csv).toMatchObject({
      fileName: 'x.csv',
      header: ['物料号', '日期', '销量'],
      delimiter: ';',
      rowCount: 1,
    });
  });

  it('refuses old .xls and mislabelled .xlsx files', async () => {
    const xls = await readTable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.xls').catch(
      (e: unknown) => e,
    );
    expect(isAppError(xls) && xls.code).toBe('UNSUPPORTED');
    await expect(readTable(new TextEncoder().encode('a,b'), 'fake.xlsx')).rejects.toThrow(
      /not a ZIP-based Excel/,
    );
  });
});
