/** Reads a yearly rate column where people write fractions (0.25) or percentages (25%, 25％). */
import { CellStatus, parseNumberColumn } from './parse-number.ts';
import { report, type ValidationContext } from './validation-context.ts';

/** The largest rate accepted: 500% a year is already far beyond any plausible holding rate. */
export const MAX_RATE = 5;

const PERCENT = /[%％]\s*$/;

/**
 * Rates of a mapped optional field for the kept rows (NaN when blank or unmapped). A trailing `%`
 * divides by 100; values must lie in (0, {@link MAX_RATE}], so `25` (meant as 25%) is reported
 * rather than read as 2500%.
 */
export function readRates(ctx: ValidationContext, field: string): Float64Array {
  const out = new Float64Array(ctx.rows.length).fill(Number.NaN);
  const c = ctx.mapping[field];
  const column = c === undefined ? undefined : ctx.table.columns[c];
  if (column === undefined) return out;
  const percent = column.map((raw) => PERCENT.test(raw));
  const parsed = parseNumberColumn(
    column.map((raw, r) => (percent[r] === true ? raw.replace(PERCENT, '') : raw)),
    ctx.table.delimiter === ';',
  );
  for (let k = 0; k < ctx.rows.length; k++) {
    const r = ctx.rows[k] as number;
    const status = parsed.status[r];
    if (status === CellStatus.blank) continue;
    const x = (parsed.values[r] as number) / (percent[r] === true ? 100 : 1);
    if (status !== CellStatus.ok) report(ctx, r, field, 'not_a_number');
    else if (!(x > 0 && x <= MAX_RATE)) report(ctx, r, field, 'rate_out_of_range');
    out[k] = x;
  }
  return out;
}
