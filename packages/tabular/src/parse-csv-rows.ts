/** Row-major CSV for small files read whole (benchmark and evaluation inputs): every line kept as it is. */
import { detectDelimiter } from './detect-delimiter.ts';

/**
 * Splits CSV text into rows of fields: RFC 4180 quotes, CRLF or LF, BOM stripped, blank lines skipped.
 * Unlike {@link parseCsv} no line is taken as a header and ragged rows stay ragged. The delimiter is
 * detected (, ; tab |) unless given.
 */
export function parseCsvRows(text: string, delimiter: string = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRow = (): void => {
    row.push(field);
    if (row.length > 1 || row[0]!.trim() !== '') rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i += 1;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
