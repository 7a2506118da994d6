/** `forecast evaluate`: scores a forecasting model on (train, test) CSV files with the M4 metrics. */
import { readFileSync } from 'node:fs';
import { AppError } from '@zhizao/core';
import { evaluate, fitModel, isModelName, MODEL_NAMES } from '@zhizao/forecast';

/** Options of `forecastEvaluate`. */
export interface ForecastEvaluateOptions {
  /** Path of the training CSV. */
  train: string;
  /** Path of the test CSV (same layout and ids as train). */
  test: string;
  /** Steps to forecast and score per series. */
  horizon: number;
  /** Seasonal period (MASE scale, Naive2, seasonal models). */
  season: number;
  /** `long` = `unique_id,t|ds,y` rows; `wide` = M4 layout `id,v1,v2,…` with empty trailing cells. */
  format: 'long' | 'wide';
  /** A model name of @zhizao/forecast (`auto`, `ets`, `theta`, `naive2`, …). */
  model: string;
}

/** Splits CSV text into rows of fields (RFC 4180 quotes, CRLF or LF, BOM stripped). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i += 1;
      row.push(field);
      if (row.length > 1 || row[0]!.trim() !== '') rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.length > 1 || row[0]!.trim() !== '') rows.push(row);
  return rows;
}

function toNumber(cell: string, where: string): number {
  const trimmed = cell.trim();
  if (trimmed === '' || /^(na|nan)$/i.test(trimmed)) return Number.NaN;
  const value = Number(trimmed);
  if (!Number.isFinite(value))
    throw new AppError('INVALID_INPUT', `${where}: not a number: ${JSON.stringify(cell)}`);
  return value;
}

/**
 * Reads series from CSV text. Long: a header naming `unique_id` (or `id`), `t` or `ds`, and `y`; rows
 * are sorted by time within each id. Wide: first column is the id, the rest values; empty trailing cells
 * are dropped; a first row whose value cells are not numeric is taken as a header.
 */
export function parseSeriesTable(
  text: string,
  format: 'long' | 'wide',
  source = 'input',
): Map<string, Float64Array> {
  const rows = parseCsv(text);
  const out = new Map<string, Float64Array>();
  if (rows.length === 0) return out;
  if (format === 'wide') {
    const first = rows[0]!;
    const header = first.slice(1).some((c) => c.trim() !== '' && !Number.isFinite(Number(c.trim())));
    for (let r = header ? 1 : 0; r < rows.length; r++) {
      const row = rows[r]!;
      const id = row[0]!.trim();
      let end = row.length;
      while (end > 1 && row[end - 1]!.trim() === '') end -= 1;
      const values = row.slice(1, end).map((c, k) => toNumber(c, `${source} row ${r + 1} column ${k + 2}`));
      out.set(id, Float64Array.from(values));
    }
    return out;
  }
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const idColumn = header.findIndex((h) => h === 'unique_id' || h === 'id' || h === 'series');
  const timeColumn = header.findIndex((h) => h === 't' || h === 'ds' || h === 'date' || h === 'time');
  const valueColumn = header.findIndex((h) => h === 'y' || h === 'value');
  if (idColumn < 0 || valueColumn < 0) {
    throw new AppError(
      'INVALID_INPUT',
      `${source}: long format needs columns unique_id and y, got ${rows[0]!.join(',')}`,
    );
  }
  const grouped = new Map<string, Array<{ time: string; value: number }>>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const id = (row[idColumn] ?? '').trim();
    const value = toNumber(row[valueColumn] ?? '', `${source} row ${r + 1}`);
    const time = timeColumn >= 0 ? (row[timeColumn] ?? '').trim() : String(r);
    let list = grouped.get(id);
    if (list === undefined) {
      list = [];
      grouped.set(id, list);
    }
    list.push({ time, value });
  }
  for (const [id, list] of grouped) {
    const numeric = list.every((e) => Number.isFinite(Number(e.time)));
    list.sort((a, b) =>
      numeric ? Number(a.time) - Number(b.time) : a.time < b.time ? -1 : a.time > b.time ? 1 : 0,
    );
    out.set(
      id,
      Float64Array.from(list, (e) => e.value),
    );
  }
  return out;
}

/**
 * Reads train and test files, fits `model` per series, and returns the M4-averaged metrics
 * (sMAPE, MASE, OWA vs Naive2, RMSSE, MAE), the number of series and the elapsed seconds.
 * Series missing from either file are reported in `skipped`.
 */
export async function forecastEvaluate(options: ForecastEvaluateOptions): Promise<Record<string, unknown>> {
  const { horizon, season, model, format } = options;
  if (!isModelName(model)) {
    throw new AppError(
      'INVALID_INPUT',
      `unknown model ${JSON.stringify(model)}; one of ${MODEL_NAMES.join(', ')}`,
    );
  }
  if (format !== 'long' && format !== 'wide') {
    throw new AppError('INVALID_INPUT', `format must be 'long' or 'wide', got ${JSON.stringify(format)}`);
  }
  const started = performance.now();
  const train = parseSeriesTable(readFileSync(options.train, 'utf8'), format, options.train);
  const test = parseSeriesTable(readFileSync(options.test, 'utf8'), format, options.test);
  const data: Array<{ id: string; train: Float64Array; test: Float64Array }> = [];
  const skipped: string[] = [];
  for (const [id, history] of train) {
    const actual = test.get(id);
    if (actual === undefined || actual.length < horizon || history.length === 0) skipped.push(id);
    else data.push({ id, train: history, test: actual.subarray(0, horizon) });
  }
  for (const id of test.keys()) if (!train.has(id)) skipped.push(id);
  if (data.length === 0)
    throw new AppError('INVALID_INPUT', 'no series with both train and test data of the horizon length');
  const result = evaluate(data, (y, h) => fitModel(model, y, { season }).forecast(h), { season, horizon });
  return {
    model,
    series: result.series,
    sMAPE: result.smape,
    MASE: result.mase,
    OWA: result.owa,
    RMSSE: result.rmsse,
    MAE: result.mae,
    MSIS: result.msis,
    coverage95: result.coverage,
    naive2: { sMAPE: result.naive2.smape, MASE: result.naive2.mase },
    skipped,
    seconds: (performance.now() - started) / 1000,
  };
}
