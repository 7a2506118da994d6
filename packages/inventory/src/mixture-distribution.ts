/** Finite mixtures of demand distributions, e.g. lead-time demand under a random lead time. */
import { type DemandDistribution, solveIncreasing } from './distribution.ts';

/**
 * Mixture Σ wᵢ Fᵢ. All loss functions are linear in the distribution, so n(x) = Σ wᵢ nᵢ(x)
 * and n⁽²⁾(x) = Σ wᵢ n⁽²⁾ᵢ(x); the quantile is found by bisection on the cdf.
 */
export class MixtureDistribution implements DemandDistribution {
  readonly kind: 'continuous' | 'discrete';
  readonly name: string;
  readonly mean: number;
  readonly variance: number;
  readonly lower: number;
  readonly upper: number;
  readonly components: readonly DemandDistribution[];
  readonly weights: Float64Array;

  /** Caller guarantees one weight per component, weights ≥ 0 with a positive sum (renormalised here). */
  constructor(components: readonly DemandDistribution[], weights: ArrayLike<number>) {
    let total = 0;
    for (let i = 0; i < weights.length; i += 1) total += weights[i] as number;
    this.components = components;
    this.weights = Float64Array.from(weights, (w) => w / total);
    this.kind = components.every((c) => c.kind === 'discrete') ? 'discrete' : 'continuous';
    this.name = `mixture(${components.map((c) => c.name).join(', ')})`;
    let mean = 0;
    let second = 0;
    let lower = Number.POSITIVE_INFINITY;
    let upper = Number.NEGATIVE_INFINITY;
    components.forEach((c, i) => {
      const w = this.weights[i] as number;
      if (w === 0) return;
      mean += w * c.mean;
      second += w * (c.variance + c.mean * c.mean);
      lower = Math.min(lower, c.lower);
      upper = Math.max(upper, c.upper);
    });
    this.mean = mean;
    this.variance = Math.max(0, second - mean * mean);
    this.lower = lower;
    this.upper = upper;
  }

  private sum(f: (c: DemandDistribution) => number): number {
    let total = 0;
    for (let i = 0; i < this.components.length; i += 1) {
      const w = this.weights[i] as number;
      if (w > 0) total += w * f(this.components[i] as DemandDistribution);
    }
    return total;
  }

  cdf(x: number): number {
    return this.sum((c) => c.cdf(x));
  }

  density(x: number): number {
    return this.sum((c) => c.density(x));
  }

  quantile(p: number): number {
    let lo = Math.min(...this.components.map((c) => c.quantile(p))) - 1;
    let hi = Math.max(...this.components.map((c) => c.quantile(p)));
    while (this.cdf(lo) >= p) lo -= Math.max(1, Math.abs(lo));
    while (this.cdf(hi) < p) hi += Math.max(1, Math.abs(hi));
    let x = solveIncreasing((y) => this.cdf(y), p, lo, hi);
    if (this.kind === 'continuous') return x;
    // Discrete: the cdf jumps at an atom just at or below x; snap to the largest atom ≤ x with cdf ≥ p.
    for (let i = 0; i < 60 && this.cdf(x) < p; i += 1) x += 1e-9 * Math.max(1, Math.abs(x));
    let atom = Number.NEGATIVE_INFINITY;
    for (const c of this.components) {
      const candidate = c.quantile(Math.min(1 - 1e-15, c.cdf(x)));
      if (candidate <= x + 1e-6 * Math.max(1, Math.abs(x)) && candidate > atom) atom = candidate;
    }
    return Number.isFinite(atom) && this.cdf(atom) >= p - 1e-12 ? atom : x;
  }

  loss(x: number): number {
    return this.sum((c) => c.loss(x));
  }

  secondLoss(x: number): number {
    return this.sum((c) => c.secondLoss(x));
  }
}
