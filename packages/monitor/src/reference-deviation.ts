/** Keeps flagging a tag while it stays away from its long-term normal level (an abnormal regime). */

/** Options of {@link ReferenceDeviation}. */
export interface ReferenceDeviationOptions {
  /** EW weight of the short-term level (≈ 1/points). */
  readonly shortAlpha: number;
  /** EW weight of the long-term reference (slow: an abnormal regime must not become normal quickly). */
  readonly referenceAlpha: number;
}

/** Huber's tuning constant (95% efficiency at the normal; Huber 1964). */
const HUBER_K = 1.345;
/** Variance is learned from points within 2σ only ... */
const TRIM = 2;
/** ... scaled by 1/E[Z² | |Z| ≤ 2] = 1/0.7737 for a standard normal Z, so it stays consistent. */
const TRIM_CONSISTENCY = 1 / 0.7737;

/**
 * |m_short − μ_ref| / σ_ref: a fast EW level against a slow reference whose mean is a streaming Huber
 * M-estimate (each step moves it by at most α·1.345σ) and whose variance is an EW variance of the
 * points within 2σ, rescaled by the truncated-normal second moment 0.7737 (so outliers and abnormal
 * regimes are left out without shrinking σ). Unlike the EWMA and CUSUM charts,
 * which re-centre within about a hundred points, this stays high while a regime change lasts; a
 * permanent change is absorbed after roughly 1/α points. Matters when every row of an abnormal period
 * is labelled, as in condition-monitoring benchmarks.
 */
export class ReferenceDeviation {
  private mean = 0;
  private variance = 0;
  private count = 0;
  private level = 0;

  private readonly shortAlpha: number;
  private readonly referenceAlpha: number;

  constructor(options: ReferenceDeviationOptions) {
    this.shortAlpha = options.shortAlpha;
    this.referenceAlpha = options.referenceAlpha;
  }

  /** Scores a value, then learns it. */
  update(value: number): number {
    this.count++;
    const a = Math.max(this.referenceAlpha, 1 / this.count);
    if (this.count === 1) {
      this.mean = value;
      this.level = value;
      return 0;
    }
    this.level += Math.max(this.shortAlpha, a) * (value - this.level);
    const sigma = Math.max(Math.sqrt(this.variance), 1e-9 * (1 + Math.abs(this.mean)));
    const statistic = this.count > 16 ? Math.abs(this.level - this.mean) / sigma : 0;
    const d = value - this.mean;
    if (this.count <= 16) {
      this.mean += a * d;
      this.variance = (1 - a) * (this.variance + a * d * d);
    } else {
      this.mean += a * Math.max(-HUBER_K * sigma, Math.min(HUBER_K * sigma, d));
      if (Math.abs(d) <= TRIM * sigma) {
        this.variance = (1 - a) * (this.variance + a * d * d * TRIM_CONSISTENCY);
      }
    }
    return statistic;
  }
}
