/** @zhizao/tabular — uploaded CSV/Excel bytes to validated, typed columns. Pure functions, no I/O. */

export { daysFromCivil, isoDay } from './civil-date.ts';
export type { DatasetKind, FieldSpec } from './dataset-kind.ts';
export { DATASET_KINDS, fieldsOf } from './dataset-kind.ts';
export type { DecodedText, TextEncoding } from './decode-text.ts';
export { decodeText } from './decode-text.ts';
export { detectDelimiter } from './detect-delimiter.ts';
export type { FieldMapping, MappingResult } from './detect-mapping.ts';
export { detectMapping } from './detect-mapping.ts';
export type { ImportProblem, ImportReport, ProblemCode } from './import-report.ts';
export { MAX_REPORTED_PROBLEMS, PROBLEM_CODES } from './import-report.ts';
export type { ParseCsvOptions } from './parse-csv.ts';
export { parseCsv } from './parse-csv.ts';
export { parseCsvRows } from './parse-csv-rows.ts';
export type { DecimalSeparator } from './parse-number.ts';
export { detectDecimalSeparator, parseNumber } from './parse-number.ts';
export { parseSeriesTable } from './parse-series-table.ts';
export { readTable } from './read-table.ts';
export type { ReadXlsxOptions } from './read-xlsx.ts';
export { readXlsx } from './read-xlsx.ts';
export type { Table } from './table.ts';
export { validateItems } from './validate-items.ts';
export { validateSales } from './validate-sales.ts';
export { validateTable } from './validate-table.ts';
export { validateTelemetry } from './validate-telemetry.ts';
export type { MappingInput } from './validation-context.ts';
export type {
  ItemRow,
  ItemRows,
  SalesColumns,
  TelemetryColumns,
  ValidationResult,
} from './validation-result.ts';
