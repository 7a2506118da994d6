/** Maximum of the last W values in O(1) amortised time (monotonic deque on ring buffers). */

/** Sliding-window maximum (the "ascending minima" deque, Lemire 2006, arXiv:cs/0610046). */
export class SlidingMax {
  private readonly values: Float64Array;
  private readonly stamps: Float64Array;
  private head = 0;
  private size = 0;
  private time = 0;

  /** @param window number of most recent pushes the maximum covers (≥ 1). */
  constructor(readonly window: number) {
    this.values = new Float64Array(window + 1);
    this.stamps = new Float64Array(window + 1);
  }

  /** Maximum over the last `window` pushed values; −∞ when nothing was pushed. */
  max(): number {
    return this.size === 0 ? Number.NEGATIVE_INFINITY : this.values[this.head]!;
  }

  /** Pushes a value, dropping values older than the window. */
  push(value: number): void {
    const capacity = this.values.length;
    this.time++;
    while (this.size > 0) {
      const tail = (this.head + this.size - 1) % capacity;
      if (this.values[tail]! > value) break;
      this.size--;
    }
    const at = (this.head + this.size) % capacity;
    this.values[at] = value;
    this.stamps[at] = this.time;
    this.size++;
    if (this.stamps[this.head]! <= this.time - this.window) {
      this.head = (this.head + 1) % capacity;
      this.size--;
    }
  }
}
