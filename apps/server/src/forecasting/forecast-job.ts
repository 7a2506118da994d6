/** One SKU's forecasting work, run inside a worker: fit, forecast with quantiles, rolling-origin backtest. */
import { isAppError } from '@zhizao/core';
import {
  auto,
  coverage,
  type FittedModel,
  type Forecast,
  fitModel,
  rollingOriginBacktest,
} from '@zhizao/forecast';

/** The quantile levels stored for every forecast: 95% band (0.025–0.975), 80% band (0.1–0.9), median. */
export const QUANTILES = [0.025, 0.1, 0.5, 0.9, 0.975] as const;

/** Input of one job: a gap-free daily series. */
export interface ForecastJob {
  readonly sku: string;
  /** First day of `values`, days since 1970-01-01. */
  readonly startDay: number;
  readonly values: Float64Array;
  readonly horizon: number;
  /** Backtest: days ahead scored at each origin. */
  readonly backtestHorizon: number;
  /** Backtest: number of rolling origins, spaced `backtestHorizon` days apart. */
  readonly backtestOrigins: number;
  /** Include AutoARIMA in the `auto` combination (slow on daily data; see docs/guide-forecasting.md). */
  readonly arima?: boolean;
}

/** Backtest accuracy of the model choice on the SKU's own history. */
export interface BacktestSummary {
  readonly horizon: number;
  readonly folds: number;
  readonly mase: number | null;
  readonly rmsse: number | null;
  readonly smape: number | null;
  readonly coverage80: number | null;
  readonly coverage95: number | null;
}

/** Output of one job. Quantile arrays follow `QUANTILES`. */
export interface ForecastJobResult {
  readonly sku: string;
  readonly model: string;
  readonly params: Readonly<Record<string, number | string | boolean>>;
  readonly season: number;
  readonly mean: Float64Array;
  readonly quantiles: readonly Float64Array[];
  readonly backtest: BacktestSummary | null;
  readonly milliseconds: number;
}

/** Weekly seasonality needs two full weeks plus a few days before ETS/ARIMA can estimate it. */
function seasonFor(length: number): number {
  return length >= 21 ? 7 : 1;
}

/**
 * Fits `auto` (combination of ETS and Theta, plus AutoARIMA when asked; intermittent methods for
 * sparse series), clamped at zero. A series the engine rejects as too short falls back to the historical mean, then to zero.
 */
export function fitDemand(values: Float64Array, arima: boolean): { fit: FittedModel; season: number } {
  const season = seasonFor(values.length);
  try {
    return { fit: auto(values, { season, nonNegative: true, seed: 42, arima }), season };
  } catch (error: unknown) {
    if (!isAppError(error)) throw error;
  }
  try {
    return { fit: fitModel('mean', values, { season: 1, nonNegative: true }), season: 1 };
  } catch (error: unknown) {
    if (!isAppError(error)) throw error;
    return { fit: fitModel('mean', new Float64Array([0]), { season: 1, nonNegative: true }), season: 1 };
  }
}

/** Runs one job: fit on all data, forecast `horizon` days, backtest when the history is long enough. */
export function runForecastJob(job: ForecastJob): ForecastJobResult {
  const started = performance.now();
  const { fit, season } = fitDemand(job.values, job.arima === true);
  const forecast = fit.forecast(job.horizon);
  const quantiles = QUANTILES.map((p) => clampQuantile(forecast.quantile(p)));
  return {
    sku: job.sku,
    model: fit.model,
    params: fit.params,
    season,
    mean: forecast.mean,
    quantiles,
    backtest: backtest(job),
    milliseconds: performance.now() - started,
  };
}

function clampQuantile(values: Float64Array): Float64Array {
  for (let i = 0; i < values.length; i++) if (!(values[i]! >= 0)) values[i] = 0;
  return values;
}

/**
 * Rolling-origin backtest (Tashman 2000) through the engine: origins `backtestHorizon` days apart, each
 * refitting the same model choice; MASE with the weekly-naive scale, RMSSE (M5), sMAPE, and the share
 * of actuals inside the 80% and 95% bands. Null when the history holds less than two seasons before
 * the first origin.
 */
function backtest(job: ForecastJob): BacktestSummary | null {
  const h = job.backtestHorizon;
  const minTrain = 28;
  if (job.values.length < minTrain + h) return null;
  const forecasts: Forecast[] = [];
  const result = rollingOriginBacktest(
    job.values,
    (train, horizon) => {
      const f = fitDemand(train, job.arima === true).fit.forecast(horizon);
      forecasts.push(f);
      return f;
    },
    { horizon: h, season: 7, origins: job.backtestOrigins, step: h, minTrain },
  );
  let inside80 = 0;
  let inside95 = 0;
  result.folds.forEach((fold, index) => {
    const f = forecasts[index];
    if (!f) return;
    inside80 += coverage(fold.actual, f.quantile(0.1), f.quantile(0.9));
    inside95 += coverage(fold.actual, f.quantile(0.025), f.quantile(0.975));
  });
  const folds = result.folds.length;
  return {
    horizon: h,
    folds,
    mase: finite(result.mase),
    rmsse: finite(result.rmsse),
    smape: finite(result.smape),
    coverage80: folds > 0 ? inside80 / folds : null,
    coverage95: folds > 0 ? inside95 / folds : null,
  };
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
