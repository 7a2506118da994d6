/** Validates machine telemetry, long or wide, into {@link TelemetryColumns}. */
import { parseTimestampColumn } from './date-columns.ts';
import { CellStatus, parseNumberColumn } from './parse-number.ts';
import { fileRowOf, type Table } from './table.ts';
import {
  type MappingInput,
  openValidation,
  readNumbers,
  readText,
  report,
  type ValidationContext,
} from './validation-context.ts';
import type { TelemetryColumns, ValidationResult } from './validation-result.ts';

/** `温度(℃)`, `temp [°C]`, `压力（MPa）` → tag and unit. */
const TAG_WITH_UNIT = /^(.*?)\s*[([（]([^)\]）]*)[)\]）]\s*$/;

/**
 * Checks telemetry. Long format (timestamp, machine, tag, value, optional unit): every field but
 * unit required, value numeric. Wide format (no tag/value columns): timestamp and machine per
 * row, and every other column whose non-blank cells are mostly numbers is a tag (a unit in
 * brackets in its header is split off); blank cells there are simply no reading, text cells are
 * reported. Timestamps without a zone are taken as UTC; a separate date column is prefixed to
 * time-of-day values.
 */
export function validateTelemetry(table: Table, mapping?: MappingInput): ValidationResult<TelemetryColumns> {
  const opened = openValidation(table, 'telemetry', mapping);
  if (!('rows' in opened)) return { ok: false, report: opened };
  const ctx = opened;
  const timestamp = readTimestamps(ctx);
  const machine = readText(ctx, 'machine', true);
  const data =
    ctx.mapping.tag === undefined ? unpivot(ctx, timestamp, machine) : long(ctx, timestamp, machine);
  if (ctx.problems.count > 0)
    return { ok: false, report: ctx.problems.report(table.fileName, table.rowCount) };
  return { ok: true, data, rowCount: data.value.length };
}

function long(ctx: ValidationContext, timestamp: Float64Array, machine: string[]): TelemetryColumns {
  const tag = readText(ctx, 'tag', true);
  const value = readNumbers(ctx, 'value', { required: true });
  const unit = readText(ctx, 'unit', false);
  return { timestamp, machine, tag, value, unit };
}

function unpivot(ctx: ValidationContext, timestamp: Float64Array, machine: string[]): TelemetryColumns {
  const mapped = new Set(Object.values(ctx.mapping));
  const tags: Array<{ tag: string; unit: string; values: Float64Array; status: Uint8Array }> = [];
  ctx.table.header.forEach((header, c) => {
    const column = ctx.table.columns[c];
    if (mapped.has(c) || column === undefined) return;
    const parsed = parseNumberColumn(column, ctx.table.delimiter === ';');
    let numbers = 0;
    let texts = 0;
    for (const r of ctx.rows) {
      if (parsed.status[r] === CellStatus.ok) numbers++;
      else if (parsed.status[r] === CellStatus.invalid) texts++;
    }
    if (numbers === 0 || texts > numbers) return;
    const split = TAG_WITH_UNIT.exec(header.trim());
    const tag = split?.[1] !== undefined && split[1] !== '' ? split[1] : header.trim();
    tags.push({ tag, unit: split?.[2]?.trim() ?? '', values: parsed.values, status: parsed.status });
    for (const r of ctx.rows) {
      if (parsed.status[r] !== CellStatus.invalid) continue;
      ctx.problems.add({
        row: fileRowOf(ctx.table, r),
        column: header,
        value: column[r] as string,
        code: 'not_a_number',
        field: tag,
      });
    }
  });
  if (tags.length === 0) {
    ctx.problems.add({
      row: ctx.table.headerRow ?? 1,
      column: '',
      value: '',
      code: 'no_tag_columns',
      field: '',
    });
  }
  let count = 0;
  for (const t of tags) for (const r of ctx.rows) if (t.status[r] === CellStatus.ok) count++;
  const out: TelemetryColumns = {
    timestamp: new Float64Array(count),
    machine: new Array<string>(count),
    tag: new Array<string>(count),
    value: new Float64Array(count),
    unit: new Array<string>(count),
  };
  let i = 0;
  for (let k = 0; k < ctx.rows.length; k++) {
    const r = ctx.rows[k] as number;
    for (const t of tags) {
      if (t.status[r] !== CellStatus.ok) continue;
      out.timestamp[i] = timestamp[k] as number;
      out.machine[i] = machine[k] as string;
      out.tag[i] = t.tag;
      out.value[i] = t.values[r] as number;
      out.unit[i] = t.unit;
      i++;
    }
  }
  return out;
}

/** The timestamp column, or date + ' ' + time when the file splits them (a blank time stays blank). */
function timestampTexts(ctx: ValidationContext): string[] {
  const times = ctx.table.columns[ctx.mapping.timestamp as number] as string[];
  const dates = ctx.mapping.date === undefined ? undefined : ctx.table.columns[ctx.mapping.date];
  if (dates === undefined) return times;
  return times.map((time, r) => (time.trim() === '' ? '' : `${(dates[r] as string).trim()} ${time.trim()}`));
}

function readTimestamps(ctx: ValidationContext): Float64Array {
  const out = new Float64Array(ctx.rows.length);
  const parsed = parseTimestampColumn(timestampTexts(ctx));
  for (let k = 0; k < ctx.rows.length; k++) {
    const r = ctx.rows[k] as number;
    const status = parsed.status[r];
    out[k] = parsed.values[r] as number;
    if (status === CellStatus.blank) report(ctx, r, 'timestamp', 'required');
    else if (status === CellStatus.ambiguous) report(ctx, r, 'timestamp', 'ambiguous_date');
    else if (status !== CellStatus.ok) report(ctx, r, 'timestamp', 'not_a_timestamp');
  }
  return out;
}
