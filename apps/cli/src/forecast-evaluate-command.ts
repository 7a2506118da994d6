/** `forecast evaluate`: scores a forecasting model on (train, test) CSV files with the M4 metrics. */
import { readFileSync } from 'node:fs';
import { AppError } from '@zhizao/core';
import { evaluate, fitModel, isModelName, MODEL_NAMES } from '@zhizao/forecast';
import { parseSeriesTable } from '@zhizao/tabular';

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
