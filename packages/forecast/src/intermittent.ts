/** Intermittent-demand point forecasters: Croston, SBA, TSB, ADIDA, IMAPA (non-negative by construction). */
import { fitSes } from './ses.ts';

/** SES with fixed α and ℓ₀ = first value (R `ses(initial = "simple")`), returning the final level. */
function simpleSes(y: Float64Array, alpha: number): number {
  let level = y[0]!;
  for (let t = 1; t < y.length; t++) level += alpha * (y[t]! - level);
  return level;
}

/** Non-zero demand sizes and the intervals between them (first interval counted from time 0). */
function demandsAndIntervals(y: Float64Array): { sizes: Float64Array; intervals: Float64Array } {
  const sizes: number[] = [];
  const intervals: number[] = [];
  let last = -1;
  for (let t = 0; t < y.length; t++) {
    if (y[t]! > 0) {
      sizes.push(y[t]!);
      intervals.push(t - last);
      last = t;
    }
  }
  return { sizes: Float64Array.from(sizes), intervals: Float64Array.from(intervals) };
}

/**
 * Croston (1972) as R forecast::croston: SES (α = 0.1, simple initialisation) on the non-zero sizes and
 * on the inter-demand intervals; forecast = size/interval. `debiased` gives SBA, × (1 − α/2)
 * (Syntetos & Boylan 2005). All-zero history forecasts 0; one demand gives size/interval directly.
 */
export function crostonRate(y: Float64Array, options: { alpha?: number; debiased?: boolean } = {}): number {
  const alpha = options.alpha ?? 0.1;
  const { sizes, intervals } = demandsAndIntervals(y);
  if (sizes.length === 0) return 0;
  const rate = simpleSes(sizes, alpha) / simpleSes(intervals, alpha);
  return options.debiased === true ? rate * (1 - alpha / 2) : rate;
}

/**
 * TSB (Teunter, Syntetos & Babai 2011): demand probability p_t and size z_t smoothed every period,
 * p ← p + β(1{y>0} − p), z ← z + α(y − z) when y > 0; forecast p·z. α, β ∈ {0.05, 0.1, …, 0.3} chosen by
 * in-sample one-step MSE (a small grid keeps it deterministic and cheap).
 */
export function tsbRate(y: Float64Array): { rate: number; alpha: number; beta: number } {
  const { sizes } = demandsAndIntervals(y);
  if (sizes.length === 0) return { rate: 0, alpha: 0.1, beta: 0.1 };
  const p0 = sizes.length / y.length;
  let z0 = 0;
  for (let i = 0; i < sizes.length; i++) z0 += sizes[i]!;
  z0 /= sizes.length;
  let best = { rate: p0 * z0, alpha: 0.1, beta: 0.1 };
  let bestSse = Number.POSITIVE_INFINITY;
  for (let a = 0.05; a <= 0.3001; a += 0.05) {
    for (let b = 0.05; b <= 0.3001; b += 0.05) {
      let p = p0;
      let z = z0;
      let sse = 0;
      for (let t = 0; t < y.length; t++) {
        sse += (y[t]! - p * z) ** 2;
        if (y[t]! > 0) {
          p += b * (1 - p);
          z += a * (y[t]! - z);
        } else p -= b * p;
      }
      if (sse < bestSse) {
        bestSse = sse;
        best = { rate: p * z, alpha: a, beta: b };
      }
    }
  }
  return best;
}

/** Mean inter-demand interval (ADI); Infinity for an all-zero series. */
export function averageDemandInterval(y: Float64Array): number {
  let count = 0;
  for (let t = 0; t < y.length; t++) if (y[t]! > 0) count += 1;
  return count === 0 ? Number.POSITIVE_INFINITY : y.length / count;
}

/**
 * ADIDA (Nikolopoulos et al. 2011): sum into non-overlapping buckets of `level` periods (dropping the
 * oldest remainder), SES with optimised α on the buckets, divide by `level`.
 */
export function adidaRate(y: Float64Array, level: number): number {
  const buckets = Math.floor(y.length / level);
  if (buckets < 1) return Math.max(0, mean(y));
  const offset = y.length - buckets * level;
  const aggregated = new Float64Array(buckets);
  for (let b = 0; b < buckets; b++) {
    let s = 0;
    for (let k = 0; k < level; k++) s += y[offset + b * level + k]!;
    aggregated[b] = s;
  }
  return Math.max(0, (buckets < 2 ? aggregated[0]! : fitSes(aggregated).level) / level);
}

/** ADIDA at the aggregation level round(ADI) (as statsforecast's ADIDA). */
export function adidaAuto(y: Float64Array): number {
  const adi = averageDemandInterval(y);
  if (!Number.isFinite(adi)) return 0;
  return adidaRate(y, Math.max(1, Math.min(y.length, Math.round(adi))));
}

/** IMAPA (Petropoulos & Kourentzes 2015): mean of ADIDA forecasts over levels 1..round(ADI). */
export function imapaRate(y: Float64Array): number {
  const adi = averageDemandInterval(y);
  if (!Number.isFinite(adi)) return 0;
  const top = Math.max(1, Math.min(y.length, Math.round(adi)));
  let s = 0;
  for (let level = 1; level <= top; level++) s += adidaRate(y, level);
  return s / top;
}

function mean(y: Float64Array): number {
  let s = 0;
  for (let t = 0; t < y.length; t++) s += y[t]!;
  return y.length > 0 ? s / y.length : 0;
}
