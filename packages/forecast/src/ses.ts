/** Simple exponential smoothing fitted by least squares, with the initial level profiled out exactly. */

/** A fitted SES: smoothing weight, initial and final level, in-sample one-step fits and SSE. */
export interface SesFit {
  readonly alpha: number;
  readonly level0: number;
  readonly level: number;
  readonly fitted: Float64Array;
  readonly sse: number;
}

/**
 * SES (ETS(A,N,N)) minimising the in-sample MSE, as R's `ses()` (`ets(y, "ANN", opt.crit = "mse")`).
 * For fixed α the one-step errors are affine in ℓ₀ (e_t = a_t − (1−α)^{t−1}ℓ₀), so the optimal ℓ₀ is
 * closed-form; α ∈ [1e-4, 0.9999] (R's usual bounds) is found by a grid then golden-section search.
 * With `alpha` given only ℓ₀ is estimated; with `level0` given too, nothing is.
 */
export function fitSes(y: Float64Array, fixed: { alpha?: number; level0?: number } = {}): SesFit {
  const n = y.length;
  const profile = (alpha: number): { sse: number; level0: number } => {
    let level = 0;
    let decay = 1;
    let sac = 0;
    let scc = 0;
    let saa = 0;
    for (let t = 0; t < n; t++) {
      const a = y[t]! - level;
      sac += a * decay;
      scc += decay * decay;
      saa += a * a;
      level += alpha * a;
      decay *= 1 - alpha;
    }
    const level0 = fixed.level0 ?? (scc > 0 ? sac / scc : y[0]!);
    return { sse: saa - 2 * level0 * sac + level0 * level0 * scc, level0 };
  };
  let alpha = fixed.alpha;
  if (alpha === undefined) {
    const lower = 1e-4;
    const upper = 0.9999;
    let bestAlpha = lower;
    let bestSse = Number.POSITIVE_INFINITY;
    const grid = 40;
    for (let i = 0; i <= grid; i++) {
      const a = lower + ((upper - lower) * i) / grid;
      const s = profile(a).sse;
      if (s < bestSse) {
        bestSse = s;
        bestAlpha = a;
      }
    }
    let lo = Math.max(lower, bestAlpha - (upper - lower) / grid);
    let hi = Math.min(upper, bestAlpha + (upper - lower) / grid);
    const ratio = (Math.sqrt(5) - 1) / 2;
    let x1 = hi - ratio * (hi - lo);
    let x2 = lo + ratio * (hi - lo);
    let f1 = profile(x1).sse;
    let f2 = profile(x2).sse;
    for (let iter = 0; iter < 60 && hi - lo > 1e-9; iter++) {
      if (f1 < f2) {
        hi = x2;
        x2 = x1;
        f2 = f1;
        x1 = hi - ratio * (hi - lo);
        f1 = profile(x1).sse;
      } else {
        lo = x1;
        x1 = x2;
        f1 = f2;
        x2 = lo + ratio * (hi - lo);
        f2 = profile(x2).sse;
      }
    }
    alpha = (lo + hi) / 2;
    if (profile(alpha).sse > bestSse) alpha = bestAlpha;
  }
  const { level0 } = profile(alpha);
  const fitted = new Float64Array(n);
  let level = level0;
  let sse = 0;
  for (let t = 0; t < n; t++) {
    fitted[t] = level;
    const e = y[t]! - level;
    sse += e * e;
    level += alpha * e;
  }
  return { alpha, level0, level, fitted, sse };
}
