/** MSTL: decomposition with several seasonal periods by iterated STL (Bandara, Hyndman & Bergmeir 2021; forecast::mstl). */
import { AppError } from '@zhizao/core';
import { prepareSeries } from '../validate.ts';
import { loessSmooth } from './loess.ts';
import { stl } from './stl.ts';

/** Options of {@link mstl}. */
export interface MstlOptions {
  /** Seasonal periods, e.g. [24, 168] for hourly data; periods ≥ n/2 are dropped as forecast::mstl does. */
  readonly periods: readonly number[];
  /** STL seasonal window per period (ascending period order); default 7 + 4i, i = 1, 2, … (forecast::mstl). */
  readonly seasonalWindows?: readonly number[];
  /** Passes over all periods; default 2, or 1 for a single period (forecast::mstl on a `ts`). */
  readonly iterate?: number;
  /** Robust STL fits. Default false. */
  readonly robust?: boolean;
}

/** y = trend + Σ seasonal[i] + remainder. */
export interface MstlDecomposition {
  /** The periods kept, ascending. */
  readonly periods: readonly number[];
  readonly trend: Float64Array;
  /** One component per kept period. */
  readonly seasonal: readonly Float64Array[];
  /** NaN where y was NaN (as forecast::mstl puts the missing values back). */
  readonly remainder: Float64Array;
}

/**
 * Decomposes y with forecast::mstl's algorithm: each seasonal component is re-estimated by STL on the series
 * with the other components removed, `iterate` times; the trend is that of the last STL fit. Missing values
 * are linearly interpolated first (R uses na.interp). Without a usable period the trend is a loess smooth
 * (span 0.75 n, degree 1) where R uses Friedman's supersmoother.
 */
export function mstl(y: Float64Array, options: MstlOptions): MstlDecomposition {
  const x = prepareSeries(y, 'y');
  const n = x.length;
  for (const [i, p] of options.periods.entries()) {
    if (!Number.isInteger(p) || p < 1) {
      throw new AppError('INVALID_INPUT', `options.periods[${i}] must be a positive integer, got ${p}`);
    }
  }
  const periods = [...new Set(options.periods)].filter((p) => p > 1 && p < n / 2).sort((a, b) => a - b);
  const seasonal: Float64Array[] = periods.map(() => new Float64Array(n));
  let trend: Float64Array;
  const deseas = x.slice();
  if (periods.length > 0) {
    const iterate = Math.max(1, options.iterate ?? (options.periods.length === 1 ? 1 : 2));
    let lastTrend: Float64Array = new Float64Array(n);
    for (let pass = 0; pass < iterate; pass++) {
      for (let i = 0; i < periods.length; i++) {
        const component = seasonal[i]!;
        for (let t = 0; t < n; t++) deseas[t] = deseas[t]! + component[t]!;
        const fit = stl(deseas, {
          period: periods[i]!,
          seasonalWindow: options.seasonalWindows?.[i] ?? 7 + 4 * (i + 1),
          robust: options.robust ?? false,
        });
        component.set(fit.seasonal);
        for (let t = 0; t < n; t++) deseas[t] = deseas[t]! - component[t]!;
        lastTrend = fit.trend;
      }
    }
    trend = lastTrend;
  } else {
    trend = new Float64Array(n);
    const span = Math.max(3, Math.round(0.75 * n));
    loessSmooth(
      x,
      { n, len: span % 2 === 0 ? span + 1 : span, degree: 1, jump: 1, rw: undefined },
      { ys: trend, w: new Float64Array(n) },
    );
  }
  const remainder = new Float64Array(n);
  for (let t = 0; t < n; t++) remainder[t] = Number.isNaN(y[t]!) ? Number.NaN : deseas[t]! - trend[t]!;
  return { periods, trend, seasonal, remainder };
}
