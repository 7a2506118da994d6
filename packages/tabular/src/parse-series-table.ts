/** Series tables for forecast evaluation: M4-style wide files and long `unique_id,t|ds,y` files. */
import { AppError } from '@zhizao/core';
import { parseCsvRows } from './parse-csv-rows.ts';

function toNumber(cell: string, where: string): number {
  const trimmed = cell.trim();
  if (trimmed === '' || /^(na|nan)$/i.test(trimmed)) return Number.NaN;
  const value = Number(trimmed);
  if (!Number.isFinite(value))
    throw new AppError('INVALID_INPUT', `${where}: not a number: ${JSON.stringify(cell)}`);
  return value;
}

/**
 * Reads series from CSV text. Long: a header naming `unique_id` (or `id`), `t` or `ds`, and `y`; rows
 * are sorted by time within each id. Wide: first column is the id, the rest values; empty trailing cells
 * are dropped; a first row whose value cells are not numeric is taken as a header.
 */
export function parseSeriesTable(
  text: string,
  format: 'long' | 'wide',
  source = 'input',
): Map<string, Float64Array> {
  const rows = parseCsvRows(text, ',');
  const out = new Map<string, Float64Array>();
  if (rows.length === 0) return out;
  if (format === 'wide') {
    const first = rows[0]!;
    const header = first.slice(1).some((c) => c.trim() !== '' && !Number.isFinite(Number(c.trim())));
    for (let r = header ? 1 : 0; r < rows.length; r++) {
      const row = rows[r]!;
      const id = row[0]!.trim();
      let end = row.length;
      while (end > 1 && row[end - 1]!.trim() === '') end -= 1;
      const values = row.slice(1, end).map((c, k) => toNumber(c, `${source} row ${r + 1} column ${k + 2}`));
      out.set(id, Float64Array.from(values));
    }
    return out;
  }
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const idColumn = header.findIndex((h) => h === 'unique_id' || h === 'id' || h === 'series');
  const timeColumn = header.findIndex((h) => h === 't' || h === 'ds' || h === 'date' || h === 'time');
  const valueColumn = header.findIndex((h) => h === 'y' || h === 'value');
  if (idColumn < 0 || valueColumn < 0) {
    throw new AppError(
      'INVALID_INPUT',
      `${source}: long format needs columns unique_id and y, got ${rows[0]!.join(',')}`,
    );
  }
  const grouped = new Map<string, Array<{ time: string; value: number }>>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const id = (row[idColumn] ?? '').trim();
    const value = toNumber(row[valueColumn] ?? '', `${source} row ${r + 1}`);
    const time = timeColumn >= 0 ? (row[timeColumn] ?? '').trim() : String(r);
    let list = grouped.get(id);
    if (list === undefined) {
      list = [];
      grouped.set(id, list);
    }
    list.push({ time, value });
  }
  for (const [id, list] of grouped) {
    const numeric = list.every((e) => Number.isFinite(Number(e.time)));
    list.sort((a, b) =>
      numeric ? Number(a.time) - Number(b.time) : a.time < b.time ? -1 : a.time > b.time ? 1 : 0,
    );
    out.set(
      id,
      Float64Array.from(list, (e) => e.value),
    );
  }
  return out;
}
