/** Detects a change in a tag's noise level (vibration growing, a sensor going quiet) from its increments. */

/** Options of {@link VarianceShift}. */
export interface VarianceShiftOptions {
  /** EW weight of the short-term scale (≈ 1/points of memory). */
  readonly shortAlpha: number;
  /** EW weight of the long-term scale. */
  readonly longAlpha: number;
}

/**
 * |log(s_short / s_long)| where s are EW means of |Δx| (first differences remove level and slow
 * season). A scale test in the spirit of the F-test on two windows; the long-term mean is winsorised at
 * 5 s_long per step so a burst does not inflate the reference at once.
 */
export class VarianceShift {
  private previous = Number.NaN;
  private short = 0;
  private long = 0;
  private count = 0;

  private readonly shortAlpha: number;
  private readonly longAlpha: number;

  constructor(options: VarianceShiftOptions) {
    this.shortAlpha = options.shortAlpha;
    this.longAlpha = options.longAlpha;
  }

  /** Scores a value, then learns it. */
  update(value: number): number {
    if (Number.isNaN(this.previous)) {
      this.previous = value;
      return 0;
    }
    const step = Math.abs(value - this.previous);
    this.previous = value;
    this.count++;
    const floor = 1e-9 * (1 + Math.abs(value));
    const a = Math.max(this.shortAlpha, 1 / this.count);
    this.short += a * (step - this.short);
    const statistic = this.count >= 16 ? Math.abs(Math.log((this.short + floor) / (this.long + floor))) : 0;
    const b = Math.max(this.longAlpha, 1 / this.count);
    const clipped = this.count > 16 ? Math.min(step, 5 * this.long + floor) : step;
    this.long += b * (clipped - this.long);
    return statistic;
  }
}
