/** Distribution-free intervals for any point forecaster from rolling-origin in-sample residuals. */
import { AppError } from '@zhizao/core';
import { sortedQuantile } from './forecast-result.ts';
import type { Forecast, PointForecaster } from './types.ts';
import { checkHorizon, checkProbability } from './validate.ts';

/** Options of `conformalForecast`. */
export interface ConformalOptions {
  /** Steps ahead. */
  readonly horizon: number;
  /** Model label for the returned forecast. */
  readonly model: string;
  /** Number of rolling origins (most recent first). Default 20. */
  readonly origins?: number;
  /** Smallest training length for an origin. Default max(3, ⌈n/3⌉)... capped by n − 1. */
  readonly minTrain?: number;
  /** Clamp mean and quantiles at zero. */
  readonly nonNegative?: boolean;
}

/**
 * Split-conformal style forecast (Stankeviciute et al. 2021; FPP3 §5.5 "bootstrapped residuals"):
 * refits `forecaster` at up to `origins` in-sample origins, collects the k-step errors y − ŷ per step,
 * and returns quantile(p) = ŷ_{T+k} + Q_p(errors_k). Steps with fewer than 5 errors borrow the errors of
 * the nearest shorter step, widened by sqrt(k/j) as a random-walk scaling. With no errors at all the
 * interval collapses to the point forecast.
 */
export function conformalForecast(
  y: Float64Array,
  forecaster: PointForecaster,
  options: ConformalOptions,
): Forecast {
  checkHorizon(options.horizon, 'options.horizon');
  const h = options.horizon;
  const n = y.length;
  const origins = options.origins ?? 20;
  if (!Number.isInteger(origins) || origins < 0) {
    throw new AppError('INVALID_INPUT', `options.origins must be a non-negative integer, got ${origins}`);
  }
  const minTrain = Math.max(1, Math.min(n - 1, options.minTrain ?? Math.max(3, Math.ceil(n / 3))));
  const errors: number[][] = Array.from({ length: h }, () => []);
  for (let o = 0; o < origins; o++) {
    const origin = n - 1 - o;
    if (origin < minTrain) break;
    const point = forecaster(y.subarray(0, origin), Math.min(h, n - origin));
    for (let k = 0; k < point.length && origin + k < n; k++) errors[k]!.push(y[origin + k]! - point[k]!);
  }
  const sorted = errors.map((e) => Float64Array.from(e).sort());
  const mean = forecaster(y, h);
  const clamp = options.nonNegative === true;
  return {
    model: options.model,
    mean: clamp ? mean.map((v) => Math.max(0, v)) : mean,
    quantile(p: number): Float64Array {
      checkProbability(p);
      const out = new Float64Array(h);
      for (let k = 0; k < h; k++) {
        let j = k;
        while (j > 0 && sorted[j]!.length < 5) j -= 1;
        const pool = sorted[j]!;
        const shift = pool.length === 0 ? 0 : sortedQuantile(pool, p) * Math.sqrt((k + 1) / (j + 1));
        const value = mean[k]! + shift;
        out[k] = clamp ? Math.max(0, value) : value;
      }
      return out;
    },
  };
}
