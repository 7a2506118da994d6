/** Shared machinery for the dataset validators: mapping resolution, blank rows, typed field readers. */
import { AppError } from '@zhizao/core';
import { type DatasetKind, fieldLabelZh, fieldsOf } from './dataset-kind.ts';
import { detectMapping, type FieldMapping } from './detect-mapping.ts';
import { type ImportReport, type ProblemCode, ProblemCollector } from './import-report.ts';
import { CellStatus, isBlank, parseNumberColumn } from './parse-number.ts';
import { fileRowOf, type Table } from './table.ts';

/** An explicit mapping from a caller: field name → column index or header text. */
export type MappingInput = Record<string, number | string>;

/** Limits a numeric field must respect. */
export type NumberRule = { required: boolean; min?: 0 | 1; integer?: boolean };

/** Everything a validator needs while it walks one table. */
export type ValidationContext = {
  table: Table;
  kind: DatasetKind;
  mapping: FieldMapping;
  problems: ProblemCollector;
  /** Indexes of the rows that are not entirely blank, in file order. */
  rows: Int32Array;
};

/**
 * Resolves the mapping (explicit or detected), finds non-blank rows and reports missing columns
 * or an empty file. Returns the context, or the failure report when rows cannot be read at all.
 */
export function openValidation(
  table: Table,
  kind: DatasetKind,
  explicit: MappingInput | undefined,
): ValidationContext | ImportReport {
  const problems = new ProblemCollector(kind, (field) => fieldLabelZh(kind, field));
  const { mapping, missing } =
    explicit === undefined ? detectMapping(table.header, kind) : resolve(table, kind, explicit);
  const headerRow = table.headerRow ?? 1;
  for (const field of missing) {
    problems.add({ row: headerRow, column: field, value: '', code: 'missing_column', field });
  }
  const rows = nonBlankRows(table);
  if (rows.length === 0) problems.add({ row: headerRow, column: '', value: '', code: 'no_rows', field: '' });
  if (problems.count > 0) return problems.report(table.fileName, table.rowCount);
  return { table, kind, mapping, problems, rows };
}

/** Reports one cell. */
export function report(
  ctx: ValidationContext,
  r: number,
  field: string,
  code: ProblemCode,
  detail?: string,
): void {
  const c = ctx.mapping[field] ?? -1;
  const problem = {
    row: fileRowOf(ctx.table, r),
    column: ctx.table.header[c] ?? field,
    value: ctx.table.columns[c]?.[r] ?? '',
    code,
    field,
  };
  ctx.problems.add(detail === undefined ? problem : { ...problem, detail });
}

/** Trimmed text of a mapped field for the kept rows ('' when the field is not mapped); reports blanks if required. */
export function readText(ctx: ValidationContext, field: string, required: boolean): string[] {
  const c = ctx.mapping[field];
  const column = c === undefined ? undefined : ctx.table.columns[c];
  const out = new Array<string>(ctx.rows.length);
  for (let k = 0; k < ctx.rows.length; k++) {
    const r = ctx.rows[k] as number;
    const value = column === undefined ? '' : (column[r] as string).trim();
    if (required && value === '') report(ctx, r, field, 'required');
    out[k] = value;
  }
  return out;
}

/**
 * Numbers of a mapped field for the kept rows (NaN when blank or unmapped), checked against `rule`.
 * The decimal separator is detected over the whole column.
 */
export function readNumbers(ctx: ValidationContext, field: string, rule: NumberRule): Float64Array {
  const out = new Float64Array(ctx.rows.length).fill(Number.NaN);
  const c = ctx.mapping[field];
  const column = c === undefined ? undefined : ctx.table.columns[c];
  if (column === undefined) return out;
  const parsed = parseNumberColumn(column, ctx.table.delimiter === ';');
  for (let k = 0; k < ctx.rows.length; k++) {
    const r = ctx.rows[k] as number;
    const status = parsed.status[r];
    const x = parsed.values[r] as number;
    if (status === CellStatus.blank) {
      if (rule.required) report(ctx, r, field, 'required');
    } else if (status !== CellStatus.ok) report(ctx, r, field, 'not_a_number');
    else if (rule.min === 1 && x < 1) report(ctx, r, field, 'below_one');
    else if (rule.min === 0 && x < 0) report(ctx, r, field, 'negative');
    else if (rule.integer === true && !Number.isInteger(x)) report(ctx, r, field, 'not_integer');
    out[k] = x;
  }
  return out;
}

/** Indexes of rows with at least one non-blank cell. */
function nonBlankRows(table: Table): Int32Array {
  const keep = new Int32Array(table.rowCount);
  let n = 0;
  for (let r = 0; r < table.rowCount; r++) {
    for (const column of table.columns) {
      if (!isBlank(column[r] as string)) {
        keep[n++] = r;
        break;
      }
    }
  }
  return keep.subarray(0, n);
}

/** Checks an explicit mapping against the kind's fields and the table's header. */
function resolve(
  table: Table,
  kind: DatasetKind,
  explicit: MappingInput,
): { mapping: FieldMapping; missing: string[] } {
  const fields = fieldsOf(kind);
  const mapping: FieldMapping = {};
  for (const [field, target] of Object.entries(explicit)) {
    if (!fields.some((f) => f.name === field)) {
      throw new AppError(
        'INVALID_INPUT',
        `mapping: unknown field "${field}" for ${kind}; expected one of ${fields.map((f) => f.name).join(', ')}`,
      );
    }
    const c = typeof target === 'number' ? target : table.header.indexOf(target);
    if (!Number.isInteger(c) || c < 0 || c >= table.header.length) {
      throw new AppError(
        'INVALID_INPUT',
        `mapping: column ${JSON.stringify(target)} for field "${field}" is not in the header (${table.header.length} columns)`,
      );
    }
    mapping[field] = c;
  }
  const missing = fields.filter((f) => f.required && mapping[f.name] === undefined).map((f) => f.name);
  if (kind === 'telemetry' && (mapping.tag === undefined) !== (mapping.value === undefined)) {
    missing.push(mapping.tag === undefined ? 'tag' : 'value');
  }
  return { mapping, missing };
}
