/** Running minimum and maximum of a stream that slowly contract, and how far a value lies outside them. */

/**
 * The range [lo, hi] of the values seen so far. With a finite `horizon` H both ends move towards the
 * midpoint by 1/H of their distance on every push, so an extreme that is not seen again fades (the width
 * halves after about 0.69·H pushes without new extremes) and a regime change does not widen the range
 * for ever. With H = ∞ it is the plain running min/max. O(1) time and memory.
 */
export class ExpandingRange {
  private lo = Number.POSITIVE_INFINITY;
  private hi = Number.NEGATIVE_INFINITY;
  private count = 0;
  private readonly shrink: number;

  /** @param horizon contraction horizon H in pushes (> 1, or Infinity for none; checked by the caller). */
  constructor(horizon = Number.POSITIVE_INFINITY) {
    this.shrink = Number.isFinite(horizon) ? 1 / horizon : 0;
  }

  /** Values pushed so far. */
  get samples(): number {
    return this.count;
  }

  /**
   * Values the range effectively rests on: the count, capped at the horizon H (older extremes have
   * faded by then).
   */
  get effectiveSamples(): number {
    return this.shrink > 0 ? Math.min(this.count, 1 / this.shrink) : this.count;
  }

  /** Current lower end (+∞ before the first push). */
  get min(): number {
    return this.lo;
  }

  /** Current upper end (−∞ before the first push). */
  get max(): number {
    return this.hi;
  }

  /**
   * Distance of a value outside the range as a fraction of the range width, max(x − hi, lo − x)/(hi − lo),
   * clipped at 0 inside; 0 before two pushes. The width is floored at 1e-9·(1 + |midpoint|) so a value
   * leaving a constant stretch scores very high instead of dividing by zero.
   */
  excess(value: number): number {
    if (this.count < 2) return 0;
    const outside = Math.max(value - this.hi, this.lo - value);
    if (!(outside > 0)) return 0;
    const width = Math.max(this.hi - this.lo, 1e-9 * (1 + Math.abs(0.5 * (this.lo + this.hi))));
    return outside / width;
  }

  /** Learns one finite value. */
  push(value: number): void {
    this.count++;
    if (this.shrink > 0 && this.count > 2) {
      const mid = 0.5 * (this.lo + this.hi);
      this.lo += (mid - this.lo) * this.shrink;
      this.hi -= (this.hi - mid) * this.shrink;
    }
    if (value < this.lo) this.lo = value;
    if (value > this.hi) this.hi = value;
  }
}
