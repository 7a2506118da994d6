/** Exponentially weighted mean and variance with winsorised updates, the baseline of the control charts. */

/**
 * EW mean/variance (Finch 2009, "Incremental calculation of weighted mean and variance", eqs. 124 and
 * 143) with weight max(α, 1/n) so the first points give the exact running mean; deviations beyond
 * `clip` standard deviations are clipped before updating, so single outliers do not drag the baseline.
 */
export class EwStats {
  mean = 0;
  count = 0;
  private currentVariance = 0;
  /** √variance, kept with the variance so `std`, `z` and `push` take one square root per point. */
  private deviation = 0;

  constructor(
    readonly alpha: number,
    readonly clip = 4,
  ) {}

  /** EW variance of the learned values. */
  get variance(): number {
    return this.currentVariance;
  }

  /** Standard deviation, floored at a tiny fraction of the level so constant data do not divide by 0. */
  std(): number {
    return Math.max(this.deviation, 1e-9 * (1 + Math.abs(this.mean)));
  }

  /** Standardised deviation of a value from the current baseline (before it is learned). */
  z(value: number): number {
    return (value - this.mean) / this.std();
  }

  /** Learns one value. */
  push(value: number): void {
    this.count++;
    if (this.count === 1) {
      this.mean = value;
      return;
    }
    const a = Math.max(this.alpha, 1 / this.count);
    let d = value - this.mean;
    if (this.count > 10) {
      const limit = this.clip * this.deviation;
      if (d > limit) d = limit;
      else if (d < -limit) d = -limit;
    }
    const increment = a * d;
    this.mean += increment;
    this.currentVariance = (1 - a) * (this.currentVariance + d * increment);
    this.deviation = Math.sqrt(this.currentVariance);
  }
}
