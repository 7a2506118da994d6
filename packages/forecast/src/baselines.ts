/** Benchmark models with their textbook intervals: naive, seasonal naive, drift, mean, window average. */
import { AppError } from '@zhizao/core';
import { clampForecast, normalForecast } from './forecast-result.ts';
import { normalQuantile, studentQuantile } from './normal-quantile.ts';
import type { FitOptions, FittedModel, Forecast } from './types.ts';
import { checkHorizon, checkProbability, checkSeason, prepareSeries } from './validate.ts';

/**
 * Random walk on lag `lag`, optionally with drift, as R forecast's `lagwalk` (naive, snaive, rwf):
 * ŷ_{T+h} = y_{T+h−m(k+1)} + h·b with k = ⌊(h−1)/m⌋; se_h = sqrt(mse·s_h + (s_h·se(b))²), s_h = k + 1
 * (FPP3 §5.5 Table 5.2; mse = Σ residual² / (count − 1{drift}), as forecast.lagwalk).
 */
function lagWalk(
  y: Float64Array,
  lag: number,
  drift: boolean,
  options: FitOptions,
  name: string,
): FittedModel {
  const n = y.length;
  const lagUsed = n > lag ? lag : 1;
  const diffs = Math.max(0, n - lagUsed);
  let b = 0;
  let bSe = 0;
  if (drift && diffs > 0) {
    for (let t = lagUsed; t < n; t++) b += y[t]! - y[t - lagUsed]!;
    b /= diffs;
    let ss = 0;
    for (let t = lagUsed; t < n; t++) ss += (y[t]! - y[t - lagUsed]! - b) ** 2;
    bSe = diffs > 1 ? Math.sqrt(ss / (diffs - 1)) / Math.sqrt(diffs) : 0;
  }
  const fitted = new Float64Array(n).fill(Number.NaN);
  let mse = 0;
  for (let t = lagUsed; t < n; t++) {
    fitted[t] = y[t - lagUsed]! + b;
    mse += (y[t]! - fitted[t]!) ** 2;
  }
  // R's forecast.lagwalk divides by the residual count less one when a drift was estimated.
  const dof = diffs - (drift && b !== 0 ? 1 : 0);
  mse = dof > 0 ? mse / dof : 0;
  return {
    model: name,
    params: { lag: lagUsed, drift: b, driftSe: bSe, sigma: Math.sqrt(mse) },
    fitted,
    forecast(horizon: number): Forecast {
      checkHorizon(horizon);
      const mean = new Float64Array(horizon);
      const sd = new Float64Array(horizon);
      for (let i = 0; i < horizon; i++) {
        const steps = Math.floor(i / lagUsed) + 1;
        mean[i] = y[Math.max(0, n - lagUsed + (i % lagUsed))]! + (i + 1) * b;
        sd[i] = Math.sqrt(mse * steps + (steps * bSe) ** 2);
      }
      const f = normalForecast(name, mean, sd);
      return options.nonNegative === true ? clampForecast(f) : f;
    },
  };
}

/** Naive: the last value (R `naive`). */
export function naive(y: ArrayLike<number>, options: FitOptions = { season: 1 }): FittedModel {
  return lagWalk(prepareSeries(y), 1, false, options, 'Naive');
}

/** Seasonal naive: the value one season ago (R `snaive`); equals naive when n ≤ season. */
export function seasonalNaive(y: ArrayLike<number>, options: FitOptions): FittedModel {
  checkSeason(options.season, 'options.season');
  return lagWalk(prepareSeries(y), options.season, false, options, 'SNaive');
}

/** Random walk with drift (R `rwf(drift = TRUE)`): slope (y_T − y_1)/(T − 1). */
export function randomWalkDrift(y: ArrayLike<number>, options: FitOptions = { season: 1 }): FittedModel {
  return lagWalk(prepareSeries(y), 1, true, options, 'Drift');
}

/**
 * Mean of the last `window` points (all points when omitted: R `meanf`). Intervals as `meanf`:
 * ȳ ± t_{k−1}·s·sqrt(1 + 1/k), s the sample sd of the window (FPP3 §5.5).
 */
export function windowAverage(
  y: ArrayLike<number>,
  options: FitOptions & { readonly window?: number } = { season: 1 },
): FittedModel {
  const series = prepareSeries(y);
  const n = series.length;
  const window = options.window ?? n;
  if (!Number.isInteger(window) || window < 1) {
    throw new AppError('INVALID_INPUT', `options.window must be a positive integer, got ${window}`);
  }
  const k = Math.min(window, n);
  let mean = 0;
  for (let t = n - k; t < n; t++) mean += series[t]!;
  mean /= k;
  let ss = 0;
  for (let t = n - k; t < n; t++) ss += (series[t]! - mean) ** 2;
  const s = k > 1 ? Math.sqrt(ss / (k - 1)) : 0;
  const name = options.window === undefined ? 'Mean' : `MA(${k})`;
  const fitted = new Float64Array(n).fill(mean);
  return {
    model: name,
    params: { window: k, mean, sigma: s },
    fitted,
    forecast(horizon: number): Forecast {
      checkHorizon(horizon);
      const point = new Float64Array(horizon).fill(mean);
      const se = s * Math.sqrt(1 + 1 / k);
      const f: Forecast = {
        model: name,
        mean: point,
        quantile(p: number): Float64Array {
          checkProbability(p);
          const q = k > 1 ? studentQuantile(p, k - 1) : normalQuantile(p);
          return new Float64Array(horizon).fill(mean + q * se);
        },
      };
      return options.nonNegative === true ? clampForecast(f) : f;
    },
  };
}

/** Mean forecast over the whole history (R `meanf`). */
export function meanForecast(y: ArrayLike<number>, options: FitOptions = { season: 1 }): FittedModel {
  const { season, nonNegative } = options;
  return windowAverage(y, nonNegative === undefined ? { season } : { season, nonNegative });
}
