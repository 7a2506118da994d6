/** One SKU's forecasting work, run inside a worker: fit, forecast with quantiles, rolling-origin backtest. */
import { isAppError } from '@zhizao/core';
import {
  auto,
  type BaseFitter,
  coverage,
  type FittedModel,
  type Forecast,
  fitModel,
  fitWithRegressors,
  type Regressor,
  rollingOriginBacktest,
} from '@zhizao/forecast';
import { type BandFold, bandFactor, calibrateQuantiles } from './band-calibration.ts';
import { jobRegressors } from './job-regressors.ts';

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
  /**
   * 1 on promotion days over history and horizon (`values.length + horizon` entries: sales flags, then
   * planned promotions). Absent: no promotions known.
   */
  readonly promotion?: Uint8Array;
  /** Estimate holiday and promotion effects around the model (`fitWithRegressors`). Default true. */
  readonly regressors?: boolean;
}

/**
 * Honest check of the band calibration: factors from every backtest fold but the last, coverage of
 * the last fold's actuals by the model's bands before and after scaling by those factors.
 */
export interface CalibrationHoldout {
  readonly days: number;
  readonly coverage80Before: number;
  readonly coverage80After: number;
  readonly coverage95Before: number;
  readonly coverage95After: number;
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
  /** Null with fewer than two folds. */
  readonly holdout: CalibrationHoldout | null;
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
 * sparse series), clamped at zero, with the holiday and promotion effects of `regressors` estimated
 * around it (their values cover the history, then the days ahead). A series the engine rejects as too
 * short falls back to the historical mean, then to zero.
 */
export function fitDemand(
  values: Float64Array,
  arima: boolean,
  regressors: readonly Regressor[] = [],
): { fit: FittedModel; season: number } {
  const season = seasonFor(values.length);
  const base: BaseFitter = (y, options) => auto(y, { ...options, nonNegative: true, seed: 42, arima });
  try {
    const fit =
      regressors.length > 0
        ? fitWithRegressors(values, regressors, { season, base, nonNegative: true, seed: 42 })
        : base(values, { season });
    return { fit, season };
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

/**
 * Runs one job: fit on all data, forecast `horizon` days, backtest when the history is long enough, and
 * scale the stored 80%/95% bands by the backtest's conformal factors (recorded in `params` as band*).
 */
export function runForecastJob(job: ForecastJob): ForecastJobResult {
  const started = performance.now();
  const regressors =
    job.regressors === false
      ? []
      : jobRegressors(job.startDay, job.values.length + job.horizon, job.promotion);
  const { fit, season } = fitDemand(job.values, job.arima === true, regressors);
  const forecast = fit.forecast(job.horizon);
  const raw = QUANTILES.map((p) => clampQuantile(forecast.quantile(p)));
  const checked = backtest(job, regressors);
  const calibration = calibrate(checked?.folds ?? []);
  const quantiles = calibrateQuantiles(raw, calibration.factor80, calibration.factor95);
  return {
    sku: job.sku,
    model: fit.model,
    params: { ...fit.params, ...calibration.params, ...holdoutParams(checked?.summary.holdout ?? null) },
    season,
    mean: forecast.mean,
    quantiles,
    backtest: checked?.summary ?? null,
    milliseconds: performance.now() - started,
  };
}

function clampQuantile(values: Float64Array): Float64Array {
  for (let i = 0; i < values.length; i++) if (!(values[i]! >= 0)) values[i] = 0;
  return values;
}

/** Band factors from the backtest folds (see band-calibration.ts) and their record for the stored params. */
function calibrate(folds: readonly FoldBands[]): {
  factor80: number;
  factor95: number;
  params: Record<string, number | string>;
} {
  const band80 = bandFactor(
    folds.map((f) => f.band80),
    0.8,
  );
  const band95 = bandFactor(
    folds.map((f) => f.band95),
    0.95,
  );
  return {
    factor80: band80.factor,
    factor95: band95.factor,
    params: {
      bandCalibration: 'backtest-conformal',
      bandPoints: band80.points,
      bandFactor80: round(band80.factor),
      bandReason80: band80.reason,
      bandFactor95: round(band95.factor),
      bandReason95: band95.reason,
    },
  };
}

/** The holdout check beside the factors in the stored params, so a factor's evidence stays traceable. */
function holdoutParams(check: CalibrationHoldout | null): Record<string, number> {
  if (check === null) return {};
  return {
    bandHoldoutDays: check.days,
    bandHoldout80Before: round(check.coverage80Before),
    bandHoldout80After: round(check.coverage80After),
    bandHoldout95Before: round(check.coverage95Before),
    bandHoldout95After: round(check.coverage95After),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** One backtest fold's actuals against the model's (zero-clamped) 80% and 95% bands. */
interface FoldBands {
  readonly band80: BandFold;
  readonly band95: BandFold;
}

function foldBands(actual: Float64Array, forecast: Forecast): FoldBands {
  const [q025, q10, median, q90, q975] = QUANTILES.map((p) => clampQuantile(forecast.quantile(p)));
  return {
    band80: { actual, lower: q10!, median: median!, upper: q90! },
    band95: { actual, lower: q025!, median: median!, upper: q975! },
  };
}

/** Factors from all folds but the last, scored on the last (see `CalibrationHoldout`). */
function holdout(folds: readonly FoldBands[]): CalibrationHoldout | null {
  const last = folds[folds.length - 1];
  if (folds.length < 2 || !last) return null;
  const { factor80, factor95 } = calibrate(folds.slice(0, -1));
  const { band80, band95 } = last;
  const after = calibrateQuantiles(
    [band95.lower, band80.lower, band80.median, band80.upper, band95.upper],
    factor80,
    factor95,
  );
  return {
    days: last.band80.actual.length,
    coverage80Before: coverage(band80.actual, band80.lower, band80.upper),
    coverage80After: coverage(band80.actual, after[1]!, after[3]!),
    coverage95Before: coverage(band95.actual, band95.lower, band95.upper),
    coverage95After: coverage(band95.actual, after[0]!, after[4]!),
  };
}

/**
 * Rolling-origin backtest (Tashman 2000) through the engine: origins `backtestHorizon` days apart, each
 * refitting the same model choice and re-estimating the regressor effects on the training window (the
 * promotions inside a fold count as planned, as they would be); MASE with the weekly-naive scale, RMSSE (M5), sMAPE, and the share
 * of actuals inside the model's own (uncalibrated) 80% and 95% bands, whose folds also feed the band calibration. Null when the history holds less than two seasons before
 * the first origin.
 */
function backtest(
  job: ForecastJob,
  regressors: readonly Regressor[],
): { summary: BacktestSummary; folds: FoldBands[] } | null {
  const h = job.backtestHorizon;
  const minTrain = 28;
  if (job.values.length < minTrain + h) return null;
  const forecasts: Forecast[] = [];
  const result = rollingOriginBacktest(
    job.values,
    (train, horizon) => {
      const f = fitDemand(train, job.arima === true, regressors).fit.forecast(horizon);
      forecasts.push(f);
      return f;
    },
    { horizon: h, season: 7, origins: job.backtestOrigins, step: h, minTrain },
  );
  const bands: FoldBands[] = [];
  let inside80 = 0;
  let inside95 = 0;
  result.folds.forEach((fold, index) => {
    const f = forecasts[index];
    if (!f) return;
    const fb = foldBands(fold.actual, f);
    bands.push(fb);
    inside80 += coverage(fold.actual, fb.band80.lower, fb.band80.upper);
    inside95 += coverage(fold.actual, fb.band95.lower, fb.band95.upper);
  });
  const folds = result.folds.length;
  const summary: BacktestSummary = {
    horizon: h,
    folds,
    mase: finite(result.mase),
    rmsse: finite(result.rmsse),
    smape: finite(result.smape),
    coverage80: folds > 0 ? inside80 / folds : null,
    coverage95: folds > 0 ? inside95 / folds : null,
    holdout: holdout(bands),
  };
  return { summary, folds: bands };
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
