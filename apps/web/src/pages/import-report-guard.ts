/** Recognises the row-level import report inside a 422 error body. */
import type { ImportReportBody } from '@zhizao/contract';

/** True when an error's details have the shape of an import report. */
export function isImportReport(details: unknown): details is ImportReportBody {
  return (
    typeof details === 'object' &&
    details !== null &&
    'problems' in details &&
    Array.isArray(details.problems) &&
    'problemCount' in details &&
    typeof details.problemCount === 'number'
  );
}
