/** Builders for the `Forecast` shape: Gaussian, sample-based, residual-shifted, clamped and combined. */

import { normalQuantile } from './normal-quantile.ts';
import type { Forecast } from './types.ts';
import { checkProbability } from './validate.ts';

/** A Gaussian forecast: quantile(p) = mean + Φ⁻¹(p)·sd per step (FPP3 §5.5, eq. 5.1). */
export function normalForecast(model: string, mean: Float64Array, sd: Float64Array): Forecast {
  return {
    model,
    mean,
    quantile(p: number): Float64Array {
      checkProbability(p);
      const z = normalQuantile(p);
      const out = new Float64Array(mean.length);
      for (let i = 0; i < mean.length; i++) out[i] = mean[i]! + z * sd[i]!;
      return out;
    },
  };
}

/**
 * A forecast whose quantiles come from samples per step (type-7 interpolation as R's `quantile`).
 * `draw()` is called at most once, on the first quantile request, so point-only use stays cheap.
 */
export function sampleForecast(model: string, mean: Float64Array, draw: () => Float64Array[]): Forecast {
  let sorted: Float64Array[] | undefined;
  return {
    model,
    mean,
    quantile(p: number): Float64Array {
      checkProbability(p);
      if (sorted === undefined) {
        sorted = draw();
        for (const s of sorted) s.sort();
      }
      const out = new Float64Array(mean.length);
      for (let i = 0; i < mean.length; i++) out[i] = sortedQuantile(sorted[i] ?? new Float64Array(0), p);
      return out;
    },
  };
}

/** Type-7 quantile of an ascending array (R's default `quantile` type); NaN when empty. */
export function sortedQuantile(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * p;
  const lo = Math.floor(position);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (position - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Wraps a forecast so that the mean and every quantile are at least zero (demand cannot be negative). */
export function clampForecast(forecast: Forecast): Forecast {
  const mean = forecast.mean.map((v) => Math.max(0, v));
  return {
    model: forecast.model,
    mean,
    quantile(p: number): Float64Array {
      return forecast.quantile(p).map((v) => Math.max(0, v));
    },
  };
}

/** Returns a forecast with mean and quantiles multiplied per step by `factor` (reseasonalising). */
export function scaleForecast(forecast: Forecast, factor: Float64Array, model = forecast.model): Forecast {
  const mean = forecast.mean.map((v, i) => v * factor[i]!);
  return {
    model,
    mean,
    quantile(p: number): Float64Array {
      const q = forecast.quantile(p);
      const f = factor;
      // A negative factor would swap quantiles; seasonal indices from a multiplicative decomposition are > 0.
      return q.map((v, i) => v * f[i]!);
    },
  };
}

/**
 * Combines forecasts by the per-step mean or median of their means and of their quantiles
 * (quantile averaging, "Vincentization"; Lichtendahl, Grushka-Cockayne & Winkler 2013).
 */
export function combineForecasts(
  model: string,
  parts: readonly Forecast[],
  how: 'mean' | 'median',
): Forecast {
  const h = parts[0]?.mean.length ?? 0;
  const reduce = (values: Float64Array[]): Float64Array => {
    const out = new Float64Array(h);
    const column = new Float64Array(values.length);
    for (let i = 0; i < h; i++) {
      for (let k = 0; k < values.length; k++) column[k] = values[k]![i]!;
      if (how === 'mean') {
        let s = 0;
        for (let k = 0; k < column.length; k++) s += column[k]!;
        out[i] = s / column.length;
      } else {
        column.sort();
        out[i] = sortedQuantile(column, 0.5);
      }
    }
    return out;
  };
  return {
    model,
    mean: reduce(parts.map((f) => f.mean)),
    quantile(p: number): Float64Array {
      checkProbability(p);
      return reduce(parts.map((f) => f.quantile(p)));
    },
  };
}
