/** Imports a CSV or Excel file: validate every row, then store all of it in one transaction or nothing. */
import { createHash, randomUUID } from 'node:crypto';
import type { DatasetKindName, ImportResult } from '@zhizao/contract';
import { AppError, assertNever } from '@zhizao/core';
import { readTable, type Table, type ValidationResult, validateTable } from '@zhizao/tabular';
import type { Database, SqlSession } from '../storage/database.ts';
import { storeItems, storeSales, storeTelemetry } from './store-dataset.ts';

export interface ImportRequest {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly kind: DatasetKindName;
  readonly importedBy: string;
  /** Reports the stage of a long import: reading, validating, storing (fraction 0..1). */
  readonly onProgress?: (fraction: number, stage: string) => void;
}

/** Validates and stores one file; throws AppError INVALID_INPUT with the row-level report as details. */
export async function importFile(database: Database, request: ImportRequest): Promise<ImportResult> {
  const started = performance.now();
  const sha256 = createHash('sha256').update(request.bytes).digest('hex');
  const seconds = () => (performance.now() - started) / 1000;
  const previous = await database.query<{ id: string; row_count: number }>(
    'SELECT id, row_count FROM imports WHERE sha256 = ? AND kind = ? LIMIT 1',
    [sha256, request.kind],
  );
  const earlier = previous[0];
  if (earlier) {
    return {
      id: earlier.id,
      kind: request.kind,
      fileName: request.fileName,
      rowCount: earlier.row_count,
      alreadyImported: true,
      seconds: seconds(),
    };
  }
  const progress = request.onProgress ?? (() => {});
  progress(0.05, 'reading');
  const table = await readTable(request.bytes, request.fileName);
  progress(0.35, 'validating');
  const id = randomUUID();
  const record = (session: SqlSession, rowCount: number) =>
    session.run('INSERT INTO imports VALUES (?, ?, ?, ?, ?, current_timestamp, ?)', [
      id,
      request.kind,
      request.fileName,
      sha256,
      rowCount,
      request.importedBy,
    ]);
  const rowCount = await storeValidated(database, table, {
    kind: request.kind,
    record,
    onValid: () => progress(0.6, 'storing'),
  });
  progress(1, 'done');
  return {
    id,
    kind: request.kind,
    fileName: request.fileName,
    rowCount,
    alreadyImported: false,
    seconds: seconds(),
  };
}

/** Validates the table as `kind` and, when every row is valid, stores it and records the import in one transaction. */
async function storeValidated(
  database: Database,
  table: Table,
  steps: {
    readonly kind: DatasetKindName;
    readonly record: (session: SqlSession, rowCount: number) => Promise<void>;
    /** Called once every row passed, before anything is written. */
    readonly onValid: () => void;
  },
): Promise<number> {
  const { kind, record } = steps;
  const commit = async <T>(
    validation: ValidationResult<T>,
    store: (session: SqlSession, data: T) => Promise<void>,
  ) => {
    const { data, rowCount } = accepted(validation);
    steps.onValid();
    await database.transaction(async (session) => {
      await store(session, data);
      await record(session, rowCount);
    });
    return rowCount;
  };
  switch (kind) {
    case 'sales':
      return commit(validateTable(table, 'sales'), storeSales);
    case 'items':
      return commit(validateTable(table, 'items'), storeItems);
    case 'telemetry':
      return commit(validateTable(table, 'telemetry'), storeTelemetry);
    default:
      return assertNever(kind, 'dataset kind');
  }
}

/** Unwraps a valid result; a rejected file becomes INVALID_INPUT with its row-level report as details. */
function accepted<T>(validation: ValidationResult<T>): { data: T; rowCount: number } {
  if (validation.ok) return validation;
  const { report } = validation;
  throw new AppError(
    'INVALID_INPUT',
    `${report.fileName}: ${report.problemCount} problem(s) in ${report.rowCount} row(s); nothing was imported`,
    report,
  );
}
