/** Rolling-origin evaluation of one series (Tashman 2000): refit at each origin, score the next h points. */
import { AppError } from '@zhizao/core';
import { mae, mase, rmsse, smape } from './metrics.ts';
import type { Forecast } from './types.ts';
import { checkHorizon, checkSeason, prepareSeries } from './validate.ts';

/** Options of `rollingOriginBacktest`. */
export interface BacktestOptions {
  readonly horizon: number;
  /** Seasonal period for the MASE scale. */
  readonly season: number;
  /** Number of origins, the last one leaving exactly `horizon` points. Default 5. */
  readonly origins?: number;
  /** Steps between consecutive origins. Default 1. */
  readonly step?: number;
  /** Shortest allowed training window. Default 2·season + 1, at least 3. */
  readonly minTrain?: number;
}

/** Scores at one origin. */
export interface BacktestFold {
  /** Training length (the origin). */
  readonly origin: number;
  readonly forecast: Float64Array;
  readonly actual: Float64Array;
  readonly smape: number;
  readonly mase: number;
  readonly rmsse: number;
  readonly mae: number;
}

/** Fold scores and their means (NaN-scaled folds are left out of the MASE/RMSSE means). */
export interface BacktestResult {
  readonly folds: readonly BacktestFold[];
  readonly smape: number;
  readonly mase: number;
  readonly rmsse: number;
  readonly mae: number;
}

/**
 * Rolling-origin backtest: for origins T_k = n − h − (origins − 1 − k)·step, forecasts y[T_k..T_k+h)
 * from y[0..T_k) and averages the fold metrics. Throws when the series is too short for one fold.
 */
export function rollingOriginBacktest(
  y: ArrayLike<number>,
  forecaster: (train: Float64Array, horizon: number) => Forecast,
  options: BacktestOptions,
): BacktestResult {
  checkHorizon(options.horizon, 'options.horizon');
  checkSeason(options.season, 'options.season');
  const series = prepareSeries(y);
  const h = options.horizon;
  const origins = options.origins ?? 5;
  const step = options.step ?? 1;
  const minTrain = options.minTrain ?? Math.max(3, 2 * options.season + 1);
  if (!Number.isInteger(origins) || origins < 1)
    throw new AppError('INVALID_INPUT', `options.origins must be ≥ 1, got ${origins}`);
  if (!Number.isInteger(step) || step < 1)
    throw new AppError('INVALID_INPUT', `options.step must be ≥ 1, got ${step}`);
  const n = series.length;
  if (n - h < minTrain) {
    throw new AppError(
      'INVALID_INPUT',
      `series of ${n} points is too short for horizon ${h} with ${minTrain} training points`,
    );
  }
  const folds: BacktestFold[] = [];
  for (let k = 0; k < origins; k++) {
    const origin = n - h - (origins - 1 - k) * step;
    if (origin < minTrain) continue;
    const train = series.slice(0, origin);
    const actual = series.slice(origin, origin + h);
    const forecast = forecaster(train, h).mean;
    folds.push({
      origin,
      forecast,
      actual,
      smape: smape(actual, forecast),
      mase: mase(train, actual, forecast, options.season),
      rmsse: rmsse(train, actual, forecast, 1),
      mae: mae(actual, forecast),
    });
  }
  const average = (pick: (f: BacktestFold) => number): number => {
    let s = 0;
    let count = 0;
    for (const f of folds) {
      const v = pick(f);
      if (Number.isFinite(v)) {
        s += v;
        count += 1;
      }
    }
    return count > 0 ? s / count : Number.NaN;
  };
  return {
    folds,
    smape: average((f) => f.smape),
    mase: average((f) => f.mase),
    rmsse: average((f) => f.rmsse),
    mae: average((f) => f.mae),
  };
}
