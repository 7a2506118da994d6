/** `zhizao anomaly-detect`: scores each row of a sensor CSV with the streaming multivariate detector. */
import { readFile, writeFile } from 'node:fs/promises';
import { AppError, assertNever } from '@zhizao/core';
import { createAnomalyDetector, createRangeNoveltyDetector, rowsPerDay } from '@zhizao/monitor';
import { decodeText, parseCsvRows } from '@zhizao/tabular';

/** Options of {@link anomalyDetect}. */
export interface AnomalyDetectOptions {
  /** Input CSV (delimiter , ; or tab, detected; UTF-8 BOM and quoted fields accepted). */
  file: string;
  /** Timestamp column; detected by name or by parseable dates when omitted. */
  timestamp?: string;
  /** Tag columns; every other numeric column (label-like columns excluded) when omitted. */
  columns?: string[];
  format: 'csv' | 'json';
  /** Output path; stdout when omitted. */
  output?: string;
  /**
   * `combined` (default): all component detectors on the tags jointly, suited to lasting faults scored
   * row by row. `novelty`: per tag, how far values, level, daily difference and recent pattern leave
   * the range seen so far (best on NAB); the row's score is the highest over its tags.
   */
  detector?: AnomalyDetectorChoice;
}

/** The detectors `anomaly detect` offers. */
export const ANOMALY_DETECTORS = ['combined', 'novelty'] as const;
/** One of {@link ANOMALY_DETECTORS}. */
export type AnomalyDetectorChoice = (typeof ANOMALY_DETECTORS)[number];

/** Rows the novelty detector learns from before it scores: NAB's probationary period (15%, at most 750). */
export function noveltyLearningRows(rows: number): number {
  return Math.min(750, Math.floor(0.15 * rows));
}

const TIME_NAMES = /^(timestamp|time|datetime|date|date_time|ts|time_stamp|zeit|datum)$/i;
/** Ground-truth columns that benchmark files carry beside the sensors; never used as inputs. */
const LABEL_NAMES =
  /^(anomaly|anomalies|is_anomaly|label|labels|changepoint|change_point|target|class|fault|outlier)$/i;

/** Reads a CSV as rows (header first) in any encoding and delimiter the importer accepts. */
async function readRows(file: string): Promise<string[][]> {
  return parseCsvRows(decodeText(await readFile(file)).text);
}

/** Parses a number, accepting a decimal comma ("1,5") when the cell holds nothing else. */
export function parseNumber(cell: string): number {
  const trimmed = cell.trim();
  if (trimmed === '') return Number.NaN;
  const value = Number(trimmed);
  if (!Number.isNaN(value)) return value;
  return /^[-+]?\d+,\d+$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** Epoch milliseconds of a timestamp cell (ISO-like dates, with a space or T; or a plain number). */
export function parseTimestamp(cell: string): number {
  const trimmed = cell.trim();
  if (trimmed === '') return Number.NaN;
  const numeric = Number(trimmed);
  if (!Number.isNaN(numeric)) return numeric;
  const iso = /^\d{4}-\d{2}-\d{2} \d/.test(trimmed) ? trimmed.replace(' ', 'T') : trimmed;
  return Date.parse(iso);
}

function looksLikeDates(rows: string[][], column: number): boolean {
  const sample = rows.slice(1, 21).map((row) => row[column] ?? '');
  return (
    sample.length > 0 &&
    sample.every((cell) => Number.isNaN(Number(cell.trim())) && !Number.isNaN(parseTimestamp(cell)))
  );
}

function numericShare(rows: string[][], column: number): number {
  const sample = rows.slice(1, 201);
  let filled = 0;
  let numeric = 0;
  for (const row of sample) {
    const cell = (row[column] ?? '').trim();
    if (cell === '') continue;
    filled++;
    if (!Number.isNaN(parseNumber(cell))) numeric++;
  }
  return filled === 0 ? 0 : numeric / filled;
}

function columnIndex(header: readonly string[], name: string, what: string): number {
  const index = header.indexOf(name);
  if (index < 0) {
    throw new AppError(
      'INVALID_INPUT',
      `${what} column "${name}" not found; columns are: ${header.join(', ')}`,
    );
  }
  return index;
}

/** Chooses the timestamp column (-1 = none: rows are numbered) and the tag columns. */
function chooseColumns(
  rows: string[][],
  options: AnomalyDetectOptions,
): { time: number; tags: number[]; header: string[] } {
  const header = rows[0]!.map((name) => name.trim());
  let time = -1;
  if (options.timestamp !== undefined) time = columnIndex(header, options.timestamp, 'timestamp');
  else {
    time = header.findIndex((name) => TIME_NAMES.test(name));
    if (time < 0) time = header.findIndex((_, i) => looksLikeDates(rows, i));
  }
  let tags: number[];
  if (options.columns !== undefined && options.columns.length > 0) {
    tags = options.columns.map((name) => columnIndex(header, name.trim(), 'tag'));
  } else {
    tags = header
      .map((name, i) => ({ name, i }))
      .filter(({ name, i }) => i !== time && !LABEL_NAMES.test(name) && numericShare(rows, i) >= 0.9)
      .map(({ i }) => i);
  }
  if (tags.length === 0) {
    throw new AppError('INVALID_INPUT', `no numeric tag columns found; columns are: ${header.join(', ')}`);
  }
  return { time, tags, header };
}

/** Formats the scores as `timestamp,score` CSV or a JSON array of `{ timestamp, score }`. */
function render(times: readonly string[], scores: Float64Array, format: 'csv' | 'json'): string {
  if (format === 'json') {
    return `${JSON.stringify(times.map((timestamp, i) => ({ timestamp, score: scores[i]! })))}\n`;
  }
  const lines = ['timestamp,score'];
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    const cell = /[",\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
    lines.push(`${cell},${scores[i]!}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A function that scores one row (its time and tag values) from earlier rows only. The rows are fed
 * strictly in order; the novelty detector also reads the row count, to size its learning period, and
 * the spacing of the timestamps inside that learning period, to find its daily season.
 */
function rowScorer(
  choice: AnomalyDetectorChoice,
  tagCount: number,
  stamps: Float64Array,
): (time: number, values: Float64Array) => number {
  switch (choice) {
    case 'combined': {
      // Benchmarks of this kind label every row of an abnormal period and score rows one by one: no
      // alert de-duplication (a row's score should not depend on its neighbours'), and out-of-control
      // values are kept out of the calibration so a lasting fault keeps scoring high.
      const detector = createAnomalyDetector({ tags: tagCount, suppressionWindow: 0, calibrationGate: 1e-4 });
      return (time, values) => detector.update(time, values);
    }
    case 'novelty': {
      const learningPeriod = noveltyLearningRows(stamps.length);
      const period = rowsPerDay(stamps, learningPeriod);
      const detectors = Array.from({ length: tagCount }, () =>
        createRangeNoveltyDetector({ learningPeriod, period, suppressionWindow: 0 }),
      );
      return (_time, values) => {
        let score = 0;
        for (let j = 0; j < tagCount; j++) score = Math.max(score, detectors[j]!.update(values[j]!));
        return score;
      };
    }
    default:
      return assertNever(choice);
  }
}

/**
 * Reads a CSV, feeds its rows strictly in file order through a streaming detector (@zhizao/monitor;
 * see {@link AnomalyDetectOptions.detector}), and writes one anomaly score in [0, 1] per row to
 * `output` or stdout. Rows in the learning period score 0 (combined: 100 rows; novelty: 15% of the
 * rows, at most 750).
 */
export async function anomalyDetect(options: AnomalyDetectOptions): Promise<void> {
  if (options.format !== 'csv' && options.format !== 'json') {
    throw new AppError('INVALID_INPUT', `format must be csv or json; got ${String(options.format)}`);
  }
  const detector = options.detector ?? 'combined';
  if (!ANOMALY_DETECTORS.includes(detector)) {
    throw new AppError(
      'INVALID_INPUT',
      `detector must be one of ${ANOMALY_DETECTORS.join(', ')}; got ${String(detector)}`,
    );
  }
  const rows = await readRows(options.file);
  if (rows.length < 2) throw new AppError('INVALID_INPUT', `${options.file} has no data rows`);
  const { time, tags } = chooseColumns(rows, options);
  const n = rows.length - 1;
  const times: string[] = new Array<string>(n);
  const stamps = new Float64Array(n);
  const values = new Float64Array(n * tags.length);
  for (let r = 0; r < n; r++) {
    const row = rows[r + 1]!;
    for (let j = 0; j < tags.length; j++) values[r * tags.length + j] = parseNumber(row[tags[j]!] ?? '');
    const stamp = time >= 0 ? (row[time] ?? '').trim() : String(r);
    const parsed = parseTimestamp(stamp);
    times[r] = stamp;
    stamps[r] = Number.isNaN(parsed) ? r : parsed;
  }
  const scoreRow = rowScorer(detector, tags.length, stamps);
  const scores = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    scores[r] = scoreRow(stamps[r]!, values.subarray(r * tags.length, (r + 1) * tags.length));
  }
  const output = render(times, scores, options.format);
  if (options.output === undefined) process.stdout.write(output);
  else await writeFile(options.output, output, 'utf8');
}
