/** The demand-distribution contract every policy works against: cdf, quantile and loss functions. */

/**
 * A univariate demand distribution.
 *
 * Loss functions follow Zipkin (2000, appendix C) and Snyder & Shen (2019, appendix C):
 * `loss(x)` = n(x) = E[(D − x)⁺] and `secondLoss(x)` = n⁽²⁾(x) = ½ E[((D − x)⁺)²],
 * so that ∫ₓ^∞ n(y) dy = n⁽²⁾(x) for every distribution (continuous or with atoms).
 */
export interface DemandDistribution {
  /** `continuous` has a density; `discrete` is a finite or countable set of atoms. */
  readonly kind: 'continuous' | 'discrete';
  /** A short name for reports, e.g. `normal(50, 8)`. */
  readonly name: string;
  readonly mean: number;
  readonly variance: number;
  /** Smallest point of the support (may be −Infinity). */
  readonly lower: number;
  /** Largest point of the support (Infinity when demand is unbounded). */
  readonly upper: number;
  /** P(D ≤ x). */
  cdf(x: number): number;
  /** Density (continuous) or probability mass P(D = x) (discrete). */
  density(x: number): number;
  /** Smallest x with P(D ≤ x) ≥ p, for 0 < p < 1. */
  quantile(p: number): number;
  /** First-order loss n(x) = E[(D − x)⁺]. */
  loss(x: number): number;
  /** Second-order loss n⁽²⁾(x) = ½ E[((D − x)⁺)²]. */
  secondLoss(x: number): number;
}

/** Finds x in [lo, hi] with f(x) = target for a non-decreasing f, by bisection to a relative tolerance. */
export function solveIncreasing(f: (x: number) => number, target: number, lo: number, hi: number): number {
  for (let i = 0; i < 200; i += 1) {
    const mid = 0.5 * (lo + hi);
    if (f(mid) < target) lo = mid;
    else hi = mid;
    if (hi - lo <= 1e-13 * Math.max(1, Math.abs(hi))) break;
  }
  return 0.5 * (lo + hi);
}
