/** `zhizao anomaly-detect`: scores each row of a sensor CSV with the streaming multivariate detector. */
import { readFile, writeFile } from 'node:fs/promises';
import { AppError } from '@zhizao/core';
import { createAnomalyDetector } from '@zhizao/monitor';
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
 * Reads a CSV, feeds its rows strictly in file order through one multivariate streaming detector
 * (@zhizao/monitor, all component detectors, no alert de-duplication, calibration gated at p = 1e-4),
 * and writes one anomaly score in
 * [0, 1] per row to `output` or stdout. The first 100 rows are learning (score 0).
 */
export async function anomalyDetect(options: AnomalyDetectOptions): Promise<void> {
  if (options.format !== 'csv' && options.format !== 'json') {
    throw new AppError('INVALID_INPUT', `format must be csv or json; got ${String(options.format)}`);
  }
  const rows = await readRows(options.file);
  if (rows.length < 2) throw new AppError('INVALID_INPUT', `${options.file} has no data rows`);
  const { time, tags } = chooseColumns(rows, options);
  // Benchmarks of this kind label every row of an abnormal period and score rows one by one: no alert
  // de-duplication (a row's score should not depend on its neighbours'), and out-of-control values are
  // kept out of the calibration so a lasting fault keeps scoring high.
  const detector = createAnomalyDetector({ tags: tags.length, suppressionWindow: 0, calibrationGate: 1e-4 });
  const values = new Float64Array(tags.length);
  const n = rows.length - 1;
  const scores = new Float64Array(n);
  const times: string[] = new Array<string>(n);
  for (let r = 0; r < n; r++) {
    const row = rows[r + 1]!;
    for (let j = 0; j < tags.length; j++) values[j] = parseNumber(row[tags[j]!] ?? '');
    const stamp = time >= 0 ? (row[time] ?? '').trim() : String(r);
    const parsed = parseTimestamp(stamp);
    times[r] = stamp;
    scores[r] = detector.update(Number.isNaN(parsed) ? r : parsed, values);
  }
  const output = render(times, scores, options.format);
  if (options.output === undefined) process.stdout.write(output);
  else await writeFile(options.output, output, 'utf8');
}
