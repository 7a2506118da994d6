/** Prints an error for a person: the message, then the row-level import report when there is one. */
import { isAppError } from '@zhizao/core';
import { EXIT, exitCodeOf } from './exit-codes.ts';

interface ReportLike {
  problemCount: number;
  problems: { row: number; column: string; value: string; reason: string }[];
}

function isReport(value: unknown): value is ReportLike {
  return (
    typeof value === 'object' && value !== null && Array.isArray((value as { problems?: unknown }).problems)
  );
}

/** Writes the error to stderr and returns the exit code to use. */
export function reportError(error: unknown): number {
  if (!isAppError(error)) {
    console.error(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.failure;
  }
  console.error(`error: ${error.message}`);
  if (isReport(error.details)) {
    for (const problem of error.details.problems) {
      console.error(
        `  row ${problem.row}, column ${problem.column}, value "${problem.value}": ${problem.reason}`,
      );
    }
    const hidden = error.details.problemCount - error.details.problems.length;
    if (hidden > 0) console.error(`  … and ${hidden} more problem(s)`);
  }
  return exitCodeOf(error.code);
}
