/** Problems found while validating an import, with bilingual (English / Chinese) reasons. */
import type { DatasetKind } from './dataset-kind.ts';

/** Every reason a cell or file can be rejected, for UIs that translate or filter them. */
export const PROBLEM_CODES = [
  'missing_column',
  'no_rows',
  'no_tag_columns',
  'required',
  'not_a_number',
  'negative',
  'not_integer',
  'below_one',
  'rate_out_of_range',
  'not_a_date',
  'ambiguous_date',
  'not_a_timestamp',
  'not_a_flag',
  'duplicate_key',
] as const;

/** Why a cell or file was rejected. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One problem: where (spreadsheet row, header text), what was there, and why, in two languages. */
export type ImportProblem = {
  /** 1-based file row including the header line, as a spreadsheet shows it. */
  row: number;
  column: string;
  value: string;
  code: ProblemCode;
  reason: string;
  reasonZh: string;
};

/** The answer to a failed import: how many problems, and the first {@link MAX_REPORTED_PROBLEMS}. */
export type ImportReport = {
  fileName: string;
  kind: DatasetKind;
  rowCount: number;
  problemCount: number;
  problems: ImportProblem[];
};

/** Reports list at most this many problems; `problemCount` counts them all. */
export const MAX_REPORTED_PROBLEMS = 100;

const MAX_VALUE_LENGTH = 100;

/** Message parts: the field (English name / Chinese label) and an optional detail. */
type Say = (field: string, detail: string) => string;

const MESSAGES: Record<ProblemCode, { en: Say; zh: Say }> = {
  missing_column: {
    en: (f) => `required column "${f}" not found in the header`,
    zh: (f) => `表头中缺少必填列“${f}”`,
  },
  no_rows: { en: () => 'the file has no data rows', zh: () => '文件中没有数据行' },
  no_tag_columns: {
    en: () => 'no tag/value columns and no numeric columns to read as tags (wide format)',
    zh: () => '既没有测点/数值列，也没有可作为测点的数值列（宽表格式）',
  },
  required: { en: (f) => `${f} is required`, zh: (f) => `${f}不能为空` },
  not_a_number: { en: (f) => `${f} must be a number`, zh: (f) => `${f}必须是数字` },
  negative: { en: (f) => `${f} must not be negative`, zh: (f) => `${f}不能为负数` },
  not_integer: { en: (f) => `${f} must be a whole number`, zh: (f) => `${f}必须是整数` },
  below_one: { en: (f) => `${f} must be at least 1`, zh: (f) => `${f}不能小于 1` },
  rate_out_of_range: {
    en: (f) => `${f} must be a yearly rate above 0 and at most 5 (write 0.25 or 25%)`,
    zh: (f) => `${f}必须是大于 0 且不超过 5 的年费率（写作 0.25 或 25%）`,
  },
  not_a_date: {
    en: (f) => `${f} is not a recognised date (e.g. 2024-03-05)`,
    zh: (f) => `${f}不是可识别的日期（例如 2024-03-05）`,
  },
  ambiguous_date: {
    en: (f) => `${f} is ambiguous: day and month could be either way; write YYYY-MM-DD`,
    zh: (f) => `${f}有歧义：无法区分日和月，请使用 YYYY-MM-DD 格式`,
  },
  not_a_timestamp: {
    en: (f) => `${f} is not a recognised date-time (e.g. 2024-03-05 08:30:00)`,
    zh: (f) => `${f}不是可识别的日期时间（例如 2024-03-05 08:30:00）`,
  },
  not_a_flag: {
    en: (f) => `${f} must be 0/1, yes/no or true/false`,
    zh: (f) => `${f}必须是 0/1、是/否 或 yes/no`,
  },
  duplicate_key: {
    en: (f, d) => `duplicate ${f}: already in row ${d}`,
    zh: (f, d) => `${f}重复：与第 ${d} 行相同`,
  },
};

/** Collects problems for one file; keeps the first {@link MAX_REPORTED_PROBLEMS} and counts the rest. */
export class ProblemCollector {
  count = 0;
  readonly problems: ImportProblem[] = [];
  readonly #kind: DatasetKind;
  readonly #labelsZh: (field: string) => string;

  constructor(kind: DatasetKind, labelsZh: (field: string) => string) {
    this.#kind = kind;
    this.#labelsZh = labelsZh;
  }

  /** Records a problem. `field` is the dataset field (e.g. `quantity`), `column` the header text. */
  add(problem: {
    row: number;
    column: string;
    value: string;
    code: ProblemCode;
    field: string;
    detail?: string;
  }): void {
    this.count++;
    if (this.problems.length >= MAX_REPORTED_PROBLEMS) return;
    const message = MESSAGES[problem.code];
    const detail = problem.detail ?? '';
    const value =
      problem.value.length > MAX_VALUE_LENGTH
        ? `${problem.value.slice(0, MAX_VALUE_LENGTH)}…`
        : problem.value;
    this.problems.push({
      row: problem.row,
      column: problem.column,
      value,
      code: problem.code,
      reason: message.en(problem.field, detail),
      reasonZh: message.zh(this.#labelsZh(problem.field), detail),
    });
  }

  /** The report for a file of `rowCount` data rows. */
  report(fileName: string, rowCount: number): ImportReport {
    return { fileName, kind: this.#kind, rowCount, problemCount: this.count, problems: this.problems };
  }
}
