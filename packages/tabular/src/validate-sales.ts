/** Validates sales history into {@link SalesColumns}. */
import { isoDay } from './civil-date.ts';
import { parseDayColumn } from './date-columns.ts';
import { findDuplicates } from './duplicate-keys.ts';
import { CellStatus } from './parse-number.ts';
import { fileRowOf, type Table } from './table.ts';
import {
  type MappingInput,
  openValidation,
  readNumbers,
  readText,
  report,
  type ValidationContext,
} from './validation-context.ts';
import type { SalesColumns, ValidationResult } from './validation-result.ts';

/** Marks unparsable days inside the Int32Array (never a real sales date: year −5,877,641). */
const MISSING_DAY = -2_147_483_648;

const FLAGS = new Map<string, number>([
  ['0', 0],
  ['1', 1],
  ['no', 0],
  ['yes', 1],
  ['n', 0],
  ['y', 1],
  ['false', 0],
  ['true', 1],
  ['否', 0],
  ['是', 1],
  ['无', 0],
  ['有', 1],
]);

/**
 * Checks every row of a sales table: sku, date and quantity ≥ 0 required; promotion a yes/no flag;
 * price a number ≥ 0 if given. The same sku on the same date twice is reported, not summed,
 * because a doubled export is a likelier cause than split shipments.
 */
export function validateSales(table: Table, mapping?: MappingInput): ValidationResult<SalesColumns> {
  const opened = openValidation(table, 'sales', mapping);
  if (!('rows' in opened)) return { ok: false, report: opened };
  const ctx = opened;
  const sku = readText(ctx, 'sku', true);
  const day = readDays(ctx);
  const quantity = readNumbers(ctx, 'quantity', { required: true, min: 0 });
  const promotion = readFlags(ctx);
  const price = readNumbers(ctx, 'price', { required: false, min: 0 });
  for (const { index, firstIndex } of findDuplicates(sku, day, MISSING_DAY)) {
    ctx.problems.add({
      row: fileRowOf(table, ctx.rows[index] as number),
      column: table.header[ctx.mapping.sku as number] ?? 'sku',
      value: `${sku[index]}, ${isoDay(day[index] as number)}`,
      code: 'duplicate_key',
      field: 'sku + date',
      detail: String(fileRowOf(table, ctx.rows[firstIndex] as number)),
    });
  }
  if (ctx.problems.count > 0)
    return { ok: false, report: ctx.problems.report(table.fileName, table.rowCount) };
  return { ok: true, data: { sku, day, quantity, promotion, price }, rowCount: ctx.rows.length };
}

function readDays(ctx: ValidationContext): Int32Array {
  const out = new Int32Array(ctx.rows.length);
  const c = ctx.mapping.date as number;
  const parsed = parseDayColumn(ctx.table.columns[c] as string[]);
  for (let k = 0; k < ctx.rows.length; k++) {
    const r = ctx.rows[k] as number;
    const status = parsed.status[r];
    if (status === CellStatus.ok) out[k] = parsed.values[r] as number;
    else {
      out[k] = MISSING_DAY;
      const code =
        status === CellStatus.blank
          ? 'required'
          : status === CellStatus.ambiguous
            ? 'ambiguous_date'
            : 'not_a_date';
      report(ctx, r, 'date', code);
    }
  }
  return out;
}

function readFlags(ctx: ValidationContext): Uint8Array {
  const out = new Uint8Array(ctx.rows.length);
  const text = readText(ctx, 'promotion', false);
  for (let k = 0; k < text.length; k++) {
    const value = text[k] as string;
    if (value === '') continue;
    const flag = FLAGS.get(value.toLowerCase()) ?? FLAGS.get(String(Number(value)));
    if (flag === undefined) report(ctx, ctx.rows[k] as number, 'promotion', 'not_a_flag');
    else out[k] = flag;
  }
  return out;
}
