/** Widens (rarely narrows) a forecast's prediction bands with the backtest's own out-of-sample errors. */
import { invariant } from '@zhizao/core';

/** One backtest fold: the actuals and the model's band and median for the same days. */
export interface BandFold {
  readonly actual: Float64Array;
  readonly lower: Float64Array;
  readonly median: Float64Array;
  readonly upper: Float64Array;
}

/** Options of `bandFactor`. */
export interface BandFactorOptions {
  /** Fewer scored days than this leave the band as the model made it. Default 20. */
  readonly minPoints?: number;
  /** Largest factor (a band of zero width cannot be widened by any factor). Default 4. */
  readonly maxFactor?: number;
  /** Smallest factor, used only when the backtest clearly over-covers. Default 0.5. */
  readonly minFactor?: number;
}

/** Why a factor is what it is. */
export type BandFactorReason = 'too-few-points' | 'no-demand' | 'widened' | 'capped' | 'kept' | 'narrowed';

/** A band's scale factor around the median and the backtest coverage it was derived from. */
export interface BandFactor {
  readonly factor: number;
  /** Share of backtest actuals inside the model's own band; NaN with no points. */
  readonly coverage: number;
  readonly points: number;
  readonly reason: BandFactorReason;
}

/**
 * Nonconformity score of one actual: the factor c by which the half-band on its side of the median
 * must be scaled to reach it, c = (y − m)/(u − m) above the median and (m − y)/(m − l) below
 * (a normalised split-conformal score, Lei et al. 2018 §2.3; Romano et al. 2019 CQR with a
 * multiplicative rather than additive correction). A zero-width side scores 0 if hit exactly, else ∞.
 */
function score(y: number, lower: number, median: number, upper: number): number {
  const distance = y >= median ? y - median : median - y;
  if (distance === 0) return 0;
  const width = y >= median ? upper - median : median - lower;
  return width > 0 ? distance / width : Number.POSITIVE_INFINITY;
}

/**
 * Split-conformal scale factor for one band (Vovk et al. 2005; Lei et al. 2018): the ⌈(n+1)·nominal⌉-th
 * smallest score over all backtest days, so that scaling each half-band by it would have covered
 * that share of the backtest. Factor 1 for short or all-zero backtests; never below 1 unless the model's own band covers more than nominal + 2
 * binomial standard errors (then at least `minFactor`); capped at `maxFactor`.
 */
export function bandFactor(
  folds: readonly BandFold[],
  nominal: number,
  options: BandFactorOptions = {},
): BandFactor {
  invariant(nominal > 0 && nominal < 1, `nominal must be in (0, 1), got ${nominal}`);
  const minPoints = options.minPoints ?? 20;
  const maxFactor = options.maxFactor ?? 4;
  const minFactor = options.minFactor ?? 0.5;
  const scores: number[] = [];
  let demand = false;
  for (const fold of folds) {
    for (let i = 0; i < fold.actual.length; i++) {
      const y = fold.actual[i]!;
      if (!Number.isFinite(y)) continue;
      if (y !== 0) demand = true;
      scores.push(score(y, fold.lower[i]!, fold.median[i]!, fold.upper[i]!));
    }
  }
  const n = scores.length;
  const inside = scores.filter((s) => s <= 1).length;
  const coverage = n > 0 ? inside / n : Number.NaN;
  if (n < minPoints) return { factor: 1, coverage, points: n, reason: 'too-few-points' };
  // A backtest without a single sale says nothing about the spread of future sales.
  if (!demand) return { factor: 1, coverage, points: n, reason: 'no-demand' };
  scores.sort((a, b) => a - b);
  const rank = Math.ceil((n + 1) * nominal);
  const needed = rank > n ? Number.POSITIVE_INFINITY : scores[rank - 1]!;
  if (needed > maxFactor) return { factor: maxFactor, coverage, points: n, reason: 'capped' };
  if (needed >= 1) return { factor: needed, coverage, points: n, reason: needed > 1 ? 'widened' : 'kept' };
  const overCovers = coverage - nominal > 2 * Math.sqrt((nominal * (1 - nominal)) / n);
  return overCovers
    ? { factor: Math.max(minFactor, needed), coverage, points: n, reason: 'narrowed' }
    : { factor: 1, coverage, points: n, reason: 'kept' };
}

/** The band scaled by `factor` around the median, the lower edge clamped at zero (demand). */
export function scaleBand(
  band: { readonly lower: Float64Array; readonly median: Float64Array; readonly upper: Float64Array },
  factor: number,
): { lower: Float64Array; upper: Float64Array } {
  const n = band.median.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const m = band.median[i]!;
    lower[i] = Math.max(0, m - factor * (m - band.lower[i]!));
    upper[i] = m + factor * (band.upper[i]! - m);
  }
  return { lower, upper };
}

/**
 * Quantiles in the order 0.025, 0.1, 0.5, 0.9, 0.975 with the 80% band scaled by `factor80` and the
 * 95% band by `factor95` around the median; the 95% band is kept at least as wide as the 80% band.
 */
export function calibrateQuantiles(
  quantiles: readonly Float64Array[],
  factor80: number,
  factor95: number,
): Float64Array[] {
  const [q025, q10, median, q90, q975] = quantiles;
  invariant(q025 && q10 && median && q90 && q975, `expected 5 quantile arrays, got ${quantiles.length}`);
  const band80 = scaleBand({ lower: q10, median, upper: q90 }, factor80);
  const band95 = scaleBand({ lower: q025, median, upper: q975 }, factor95);
  for (let i = 0; i < median.length; i++) {
    band95.lower[i] = Math.min(band95.lower[i]!, band80.lower[i]!);
    band95.upper[i] = Math.max(band95.upper[i]!, band80.upper[i]!);
  }
  return [band95.lower, band80.lower, median, band80.upper, band95.upper];
}
