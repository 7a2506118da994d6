/** Exact median of the last W values, kept as a sorted copy of a ring buffer. */

/**
 * Sliding-window median. Each push is a binary search plus one `copyWithin` of at most W slots, so the
 * cost per point is O(W) with a fixed, small W (default 64) — constant in the stream length — and the
 * memory is 2·W doubles. Trade-off against P² or frugal quantile sketches: exact on the window and no
 * tuning of step sizes, but it forgets everything older than W points (which is what we want for a
 * local level) and costs a few hundred byte moves per point instead of a handful of arithmetic ops.
 */
export class SlidingMedian {
  private readonly ring: Float64Array;
  private readonly sorted: Float64Array;
  private count = 0;
  private head = 0;

  /** @param size window length W ≥ 1 (checked by the caller that owns the options). */
  constructor(readonly size: number) {
    this.ring = new Float64Array(size);
    this.sorted = new Float64Array(size);
  }

  /** Number of values currently in the window. */
  get length(): number {
    return this.count;
  }

  /** Adds a finite value, evicting the oldest once the window is full. */
  push(value: number): void {
    const sorted = this.sorted;
    if (this.count === this.size) {
      const old = this.ring[this.head]!;
      const at = lowerBound(sorted, this.count, old);
      sorted.copyWithin(at, at + 1, this.count);
      this.count--;
    }
    this.ring[this.head] = value;
    this.head = this.head + 1 === this.size ? 0 : this.head + 1;
    const at = lowerBound(sorted, this.count, value);
    sorted.copyWithin(at + 1, at, this.count);
    sorted[at] = value;
    this.count++;
  }

  /** Median of the window (mean of the two middle values for even counts); NaN when empty. */
  median(): number {
    const n = this.count;
    if (n === 0) return Number.NaN;
    const mid = n >> 1;
    return n % 2 === 1 ? this.sorted[mid]! : 0.5 * (this.sorted[mid - 1]! + this.sorted[mid]!);
  }
}

function lowerBound(sorted: Float64Array, count: number, value: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
