/** Point and interval accuracy metrics as the M4 organisers (and M5 for RMSSE) define them. */

/** Mean of |y − f|. */
export function mae(actual: Float64Array, forecast: Float64Array): number {
  let s = 0;
  for (let i = 0; i < actual.length; i++) s += Math.abs(actual[i]! - forecast[i]!);
  return s / actual.length;
}

/**
 * Symmetric MAPE in percent, M4 `smape_cal`: mean of 200·|y − f| / (|y| + |f|).
 * A step with y = f = 0 contributes 0 (M4's formula gives NaN there; zero error is the honest reading).
 */
export function smape(actual: Float64Array, forecast: Float64Array): number {
  let s = 0;
  for (let i = 0; i < actual.length; i++) {
    const denominator = Math.abs(actual[i]!) + Math.abs(forecast[i]!);
    if (denominator > 0) s += (200 * Math.abs(actual[i]! - forecast[i]!)) / denominator;
  }
  return s / actual.length;
}

/**
 * In-sample scale of MASE, M4 `mase_cal`: mean |y_t − y_{t−m}| over t = m+1..n; falls back to lag 1
 * when n ≤ m (M4 data never hits that case). Returns NaN for a single point.
 */
export function seasonalNaiveScale(insample: Float64Array, m: number): number {
  const lag = insample.length > m ? m : 1;
  let s = 0;
  let count = 0;
  for (let t = lag; t < insample.length; t++) {
    s += Math.abs(insample[t]! - insample[t - lag]!);
    count += 1;
  }
  return count > 0 ? s / count : Number.NaN;
}

/** MASE (Hyndman & Koehler 2006; M4 `mase_cal`): MAE over the seasonal-naive in-sample scale. */
export function mase(
  insample: Float64Array,
  actual: Float64Array,
  forecast: Float64Array,
  m: number,
): number {
  return mae(actual, forecast) / seasonalNaiveScale(insample, m);
}

/** RMSSE (M5 guidelines): sqrt(mean((y − f)²) / mean((y_t − y_{t−m})²)), m = 1 by default. */
export function rmsse(insample: Float64Array, actual: Float64Array, forecast: Float64Array, m = 1): number {
  const lag = insample.length > m ? m : 1;
  let scale = 0;
  let count = 0;
  for (let t = lag; t < insample.length; t++) {
    scale += (insample[t]! - insample[t - lag]!) ** 2;
    count += 1;
  }
  let mse = 0;
  for (let i = 0; i < actual.length; i++) mse += (actual[i]! - forecast[i]!) ** 2;
  return Math.sqrt(mse / actual.length / (scale / count));
}

/** Mean pinball (quantile) loss of the p-quantile forecast: max(p(y − q), (p − 1)(y − q)). */
export function pinballLoss(actual: Float64Array, quantile: Float64Array, p: number): number {
  let s = 0;
  for (let i = 0; i < actual.length; i++) {
    const d = actual[i]! - quantile[i]!;
    s += d >= 0 ? p * d : (p - 1) * d;
  }
  return s / actual.length;
}

/**
 * MSIS (M4 guide, Gneiting & Raftery 2007 interval score), scaled like MASE:
 * mean[(U − L) + (2/a)(L − y)·1{y<L} + (2/a)(y − U)·1{y>U}] / scale, a = 0.05 for 95% intervals.
 */
export function msis(
  insample: Float64Array,
  actual: Float64Array,
  bounds: { readonly lower: Float64Array; readonly upper: Float64Array },
  options: { readonly m: number; readonly alpha?: number },
): number {
  const a = options.alpha ?? 0.05;
  let s = 0;
  for (let i = 0; i < actual.length; i++) {
    const y = actual[i]!;
    const l = bounds.lower[i]!;
    const u = bounds.upper[i]!;
    s += u - l;
    if (y < l) s += (2 / a) * (l - y);
    if (y > u) s += (2 / a) * (y - u);
  }
  return s / actual.length / seasonalNaiveScale(insample, options.m);
}

/** Share of actuals inside [lower, upper] (M4's coverage; ACD = |coverage − nominal|). */
export function coverage(actual: Float64Array, lower: Float64Array, upper: Float64Array): number {
  let inside = 0;
  for (let i = 0; i < actual.length; i++) if (actual[i]! >= lower[i]! && actual[i]! <= upper[i]!) inside += 1;
  return inside / actual.length;
}

/** OWA (M4): mean of the sMAPE and MASE ratios to Naive2, each computed on dataset averages. */
export function owa(
  model: { readonly smape: number; readonly mase: number },
  naive2: { readonly smape: number; readonly mase: number },
): number {
  return (model.smape / naive2.smape + model.mase / naive2.mase) / 2;
}
