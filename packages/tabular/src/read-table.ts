/** Reads an uploaded file of either kind (CSV/TSV text or .xlsx) into a {@link Table}. */
import { AppError } from '@zhizao/core';
import { decodeText } from './decode-text.ts';
import { parseCsv } from './parse-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import type { Table } from './table.ts';

/**
 * Dispatches on content first, name second: bytes starting with the ZIP signature `PK\x03\x04`
 * are read as .xlsx; a `.xls` file (the old binary format, signature D0 CF 11 E0) is refused with
 * a hint to save as .xlsx; everything else is decoded as text and parsed as CSV (delimiter
 * detected, so .tsv and .txt work too).
 */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<Table> {
  if (!(bytes instanceof Uint8Array))
    throw new TypeError(`readTable: bytes must be a Uint8Array, got ${typeof bytes}`);
  if (typeof fileName !== 'string')
    throw new TypeError(`readTable: fileName must be a string, got ${typeof fileName}`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return readXlsx(bytes, { fileName });
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new AppError(
      'UNSUPPORTED',
      `${fileName}: old .xls format is not supported; save it as .xlsx or CSV`,
    );
  }
  if (/\.xlsx$/i.test(fileName)) {
    throw new AppError('INVALID_INPUT', `${fileName}: named .xlsx but is not a ZIP-based Excel file`);
  }
  return parseCsv(decodeText(bytes).text, { fileName });
}
