/** Gamma demand (shape k, scale θ) with loss functions from the incomplete gamma function. */
import { type DemandDistribution, solveIncreasing } from './distribution.ts';
import { logGamma, regularizedGammaQ } from './special-functions.ts';

/**
 * Gamma distribution, a common choice for skewed non-negative lead-time demand (Silver, Pyke & Thomas 2017, ch. 6).
 * With Q(a, y) the regularised upper incomplete gamma and y = x/θ:
 * n(x) = kθ Q(k+1, y) − x Q(k, y);
 * n⁽²⁾(x) = ½[k(k+1)θ² Q(k+2, y) − 2xkθ Q(k+1, y) + x² Q(k, y)].
 */
export class GammaDistribution implements DemandDistribution {
  readonly kind = 'continuous' as const;
  readonly name: string;
  readonly shape: number;
  readonly scale: number;
  readonly mean: number;
  readonly variance: number;
  readonly lower = 0;
  readonly upper = Number.POSITIVE_INFINITY;

  /** Caller guarantees shape > 0 and scale > 0. */
  constructor(shape: number, scale: number) {
    this.shape = shape;
    this.scale = scale;
    this.mean = shape * scale;
    this.variance = shape * scale * scale;
    this.name = `gamma(shape ${shape}, scale ${scale})`;
  }

  /** Gamma with the given mean and standard deviation (both > 0). */
  static fromMoments(mean: number, sd: number): GammaDistribution {
    const shape = (mean * mean) / (sd * sd);
    return new GammaDistribution(shape, mean / shape);
  }

  cdf(x: number): number {
    return x <= 0 ? 0 : 1 - regularizedGammaQ(this.shape, x / this.scale);
  }

  density(x: number): number {
    if (x <= 0) return 0;
    const k = this.shape;
    return Math.exp((k - 1) * Math.log(x) - x / this.scale - logGamma(k) - k * Math.log(this.scale));
  }

  quantile(p: number): number {
    let hi = this.mean + 10 * Math.sqrt(this.variance) + 1;
    while (this.cdf(hi) < p) hi *= 2;
    return solveIncreasing((x) => this.cdf(x), p, 0, hi);
  }

  loss(x: number): number {
    if (x <= 0) return this.mean - x;
    const y = x / this.scale;
    const k = this.shape;
    return Math.max(0, this.mean * regularizedGammaQ(k + 1, y) - x * regularizedGammaQ(k, y));
  }

  secondLoss(x: number): number {
    const k = this.shape;
    const t = this.scale;
    if (x <= 0) return 0.5 * (this.variance + (this.mean - x) ** 2);
    const y = x / t;
    const value =
      k * (k + 1) * t * t * regularizedGammaQ(k + 2, y) -
      2 * x * k * t * regularizedGammaQ(k + 1, y) +
      x * x * regularizedGammaQ(k, y);
    return Math.max(0, 0.5 * value);
  }
}
