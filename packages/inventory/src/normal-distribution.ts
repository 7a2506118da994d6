/** Normal demand with closed-form loss functions. */
import type { DemandDistribution } from './distribution.ts';
import { normalCdf, normalPdf, normalQuantile, normalSurvival } from './special-functions.ts';

/**
 * Normal distribution N(mean, sd²). Loss functions are the standard closed forms
 * (Snyder & Shen 2019, appendix C; Zipkin 2000, appendix C):
 * n(x) = σ L(z), L(z) = φ(z) − z(1 − Φ(z));
 * n⁽²⁾(x) = σ² L₂(z), L₂(z) = ½[(z² + 1)(1 − Φ(z)) − z φ(z)], z = (x − μ)/σ.
 * A zero sd gives the point mass at the mean.
 */
export class NormalDistribution implements DemandDistribution {
  readonly kind = 'continuous' as const;
  readonly name: string;
  readonly mean: number;
  readonly sd: number;
  readonly variance: number;
  readonly lower: number;
  readonly upper: number;

  /** Caller guarantees finite mean and sd ≥ 0. */
  constructor(mean: number, sd: number) {
    this.mean = mean;
    this.sd = sd;
    this.variance = sd * sd;
    this.name = `normal(${mean}, ${sd})`;
    this.lower = sd > 0 ? Number.NEGATIVE_INFINITY : mean;
    this.upper = sd > 0 ? Number.POSITIVE_INFINITY : mean;
  }

  cdf(x: number): number {
    if (this.sd === 0) return x >= this.mean ? 1 : 0;
    return normalCdf((x - this.mean) / this.sd);
  }

  density(x: number): number {
    if (this.sd === 0) return x === this.mean ? 1 : 0;
    return normalPdf((x - this.mean) / this.sd) / this.sd;
  }

  quantile(p: number): number {
    if (this.sd === 0) return this.mean;
    return this.mean + this.sd * normalQuantile(p);
  }

  loss(x: number): number {
    if (this.sd === 0) return Math.max(0, this.mean - x);
    const z = (x - this.mean) / this.sd;
    return this.sd * (normalPdf(z) - z * normalSurvival(z));
  }

  secondLoss(x: number): number {
    if (this.sd === 0) return 0.5 * Math.max(0, this.mean - x) ** 2;
    const z = (x - this.mean) / this.sd;
    return 0.5 * this.variance * ((z * z + 1) * normalSurvival(z) - z * normalPdf(z));
  }
}
