/** Reads one worksheet of an Excel .xlsx file into a {@link Table} (via exceljs). */
import { AppError } from '@zhizao/core';
import ExcelJS from 'exceljs';
import type { Table } from './table.ts';

/** Options for {@link readXlsx}. */
export type ReadXlsxOptions = {
  /** Worksheet name; the first worksheet when omitted. */
  sheet?: string;
  /** Recorded on the table for reports. */
  fileName?: string;
};

/**
 * Reads a worksheet: the first non-empty row is the header, later rows are data (empty rows kept
 * so row numbers match Excel). Cells become text: numbers in their shortest form at Excel's 15
 * significant digits, date cells as ISO `YYYY-MM-DD` (or `YYYY-MM-DDTHH:mm:ss[.sss]` with a time,
 * no zone — Excel stores none), formulas as their cached result, rich text as plain text,
 * booleans as `true`/`false`, errors as their code (`#N/A`).
 */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<Table> {
  if (!(bytes instanceof Uint8Array))
    throw new TypeError(`readXlsx: bytes must be a Uint8Array, got ${typeof bytes}`);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy also detaches us from the caller's buffer.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new AppError('INVALID_INPUT', `not a readable .xlsx file: ${why}`);
  }
  const sheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet);
  if (sheet === undefined) {
    const names = workbook.worksheets.map((w) => w.name).join(', ');
    throw new AppError(
      'INVALID_INPUT',
      options.sheet === undefined
        ? 'the workbook has no worksheets'
        : `worksheet ${JSON.stringify(options.sheet)} not found; sheets: ${names}`,
    );
  }
  const rows: Array<{ number: number; cells: string[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    if (cells.some((text) => text !== '')) rows.push({ number, cells });
  });
  const first = rows[0];
  if (first === undefined) return { fileName: options.fileName ?? '', header: [], columns: [], rowCount: 0 };
  const width = rows.reduce((w, row) => Math.max(w, row.cells.length), 0);
  const header = Array.from({ length: width }, (_, c) => first.cells[c]?.trim() || `column ${c + 1}`);
  const last = rows[rows.length - 1] as { number: number };
  const rowCount = last.number - first.number;
  const columns = header.map(() => new Array<string>(rowCount).fill(''));
  for (const row of rows.slice(1)) {
    const r = row.number - first.number - 1;
    row.cells.forEach((text, c) => {
      (columns[c] as string[])[r] = text;
    });
  }
  return { fileName: options.fileName ?? '', header, columns, rowCount, headerRow: first.number };
}

/** The text a cell shows, in a locale-free form. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  return cellText(value.result ?? null);
}

/** Excel shows 15 significant digits; this drops binary noise such as 0.30000000000000004. */
function numberText(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(15))) : String(x);
}

/** exceljs returns a Date whose UTC fields are the wall-clock time Excel shows. */
function dateText(date: Date): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return '';
  const rounded = Math.round(ms); // exceljs already rounds serials to whole milliseconds
  const iso = new Date(rounded).toISOString();
  if (rounded % 86_400_000 === 0) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23);
}
