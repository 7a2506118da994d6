/** One entry point that validates a table as any dataset kind. */
import { assertNever } from '@zhizao/core';
import { DATASET_KINDS, type DatasetKind } from './dataset-kind.ts';
import type { Table } from './table.ts';
import { validateItems } from './validate-items.ts';
import { validateSales } from './validate-sales.ts';
import { validateTelemetry } from './validate-telemetry.ts';
import type { MappingInput } from './validation-context.ts';
import type { ItemRows, SalesColumns, TelemetryColumns, ValidationResult } from './validation-result.ts';

/**
 * Validates every row of `table` as `kind`, with `mapping` (field → column index or header text)
 * or, when omitted, the mapping {@link detectMapping} finds. Any problem fails the whole import
 * so that a file is stored entirely or not at all; the report lists the first 100 problems.
 */
export function validateTable(
  table: Table,
  kind: 'sales',
  mapping?: MappingInput,
): ValidationResult<SalesColumns>;
export function validateTable(
  table: Table,
  kind: 'items',
  mapping?: MappingInput,
): ValidationResult<ItemRows>;
export function validateTable(
  table: Table,
  kind: 'telemetry',
  mapping?: MappingInput,
): ValidationResult<TelemetryColumns>;
export function validateTable(table: Table, kind: DatasetKind, mapping?: MappingInput): ValidationResult;
export function validateTable(table: Table, kind: DatasetKind, mapping?: MappingInput): ValidationResult {
  if (typeof table !== 'object' || table === null || !Array.isArray(table.columns)) {
    throw new TypeError('validateTable: table must be a Table with header and columns');
  }
  if (!DATASET_KINDS.includes(kind)) {
    throw new RangeError(
      `validateTable: kind must be one of ${DATASET_KINDS.join(', ')}, got ${String(kind)}`,
    );
  }
  switch (kind) {
    case 'sales':
      return validateSales(table, mapping);
    case 'items':
      return validateItems(table, mapping);
    case 'telemetry':
      return validateTelemetry(table, mapping);
    default:
      return assertNever(kind, 'dataset kind');
  }
}
