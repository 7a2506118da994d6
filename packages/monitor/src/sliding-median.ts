/** Exact median of the last W values, kept as a sorted copy of a ring buffer. */

/**
 * Sliding-window median. Each push is a binary search for the oldest value, which the new one replaces
 * and then slides past the values between the two ranks (one insertion-sort step), so the cost per
 * point is O(W) at worst and about W/3 moves on average with a fixed, small W (default 64) — constant
 * in the stream length — and the memory is 2·W doubles. Trade-off against P² or frugal quantile
 * sketches: exact on the window and no tuning of step sizes, but it forgets everything older than W
 * points (which is what we want for a local level) and costs a few dozen moves per point instead of a
 * handful of arithmetic ops. (Two heaps with indexed deletion are O(log W) but, at W = 64, slower.)
 */
export class SlidingMedian {
  /**
   * The window sorted in slots [0, W), then the window in arrival order (a ring) in [W, 2W): one typed
   * array, so a push touches one object.
   */
  private readonly slots: Float64Array;
  private count = 0;
  private head = 0;

  /** @param size window length W ≥ 1 (checked by the caller that owns the options). */
  constructor(readonly size: number) {
    this.slots = new Float64Array(2 * size);
  }

  /** Number of values currently in the window. */
  get length(): number {
    return this.count;
  }

  /** Adds a finite value, evicting the oldest once the window is full. */
  push(value: number): void {
    const sorted = this.slots;
    const count = this.count;
    if (count === this.size) {
      // Replace the oldest value in place and slide the new one to its rank: one pass over the values
      // between the two ranks instead of a removal and an insertion that each move the whole tail.
      let at = lowerBound(sorted, count, sorted[this.size + this.head]!);
      if (value > sorted[at]!) {
        while (at + 1 < count && sorted[at + 1]! < value) {
          sorted[at] = sorted[at + 1]!;
          at++;
        }
      } else {
        while (at > 0 && sorted[at - 1]! > value) {
          sorted[at] = sorted[at - 1]!;
          at--;
        }
      }
      sorted[at] = value;
    } else {
      let at = count;
      while (at > 0 && sorted[at - 1]! > value) {
        sorted[at] = sorted[at - 1]!;
        at--;
      }
      sorted[at] = value;
      this.count = count + 1;
    }
    sorted[this.size + this.head] = value;
    this.head = this.head + 1 === this.size ? 0 : this.head + 1;
  }

  /** Median of the window (mean of the two middle values for even counts); NaN when empty. */
  median(): number {
    const n = this.count;
    if (n === 0) return Number.NaN;
    const mid = n >> 1;
    const sorted = this.slots;
    return n % 2 === 1 ? sorted[mid]! : 0.5 * (sorted[mid - 1]! + sorted[mid]!);
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
