/** Distance of the latest stretch of a series to the nearest stretch in a bounded memory of past ones. */

/** Options of {@link PatternNovelty}. */
export interface PatternNoveltyOptions {
  /** Rows averaged into one point of the pattern (≥ 1). */
  readonly step: number;
  /** Points per pattern (≥ 1). */
  readonly length: number;
  /** Patterns kept; the oldest is overwritten (≥ 1). */
  readonly memory: number;
}

/**
 * Nearest-neighbour novelty of block-averaged patterns, the distance-based idea of KNN-CAD (Burnaev &
 * Ishimtsev 2016) and of ARTime's windows of downsampled values (Hampton 2021, ARTimeNAB.jl), written
 * here as a plain bounded exemplar memory. Every `step` rows the block mean is appended to a pattern of
 * the last `length` means, scaled to [0, 1] by the caller's range; the result is the RMS distance to
 * the closest stored pattern. A pattern is stored `length` points later, so it is never compared with
 * patterns that overlap it. O(memory·length/step) time per row (a constant) and O(memory·length) memory;
 * `push` does not allocate.
 */
export class PatternNovelty {
  private readonly exemplars: Float64Array;
  /** The last 2·length scaled means: the newest `length` form the pattern, the oldest is next to store. */
  private readonly recent: Float64Array;
  private blockSum = 0;
  private blockCount = 0;
  private points = 0;
  private stored = 0;
  private next = 0;

  constructor(private readonly options: PatternNoveltyOptions) {
    this.exemplars = new Float64Array(options.memory * options.length);
    this.recent = new Float64Array(2 * options.length);
  }

  /** Patterns stored so far (at most `memory`). */
  get size(): number {
    return this.stored;
  }

  /**
   * Adds a row; at the end of a block returns the distance of the new pattern to its nearest stored
   * pattern (∞ while none is stored), otherwise NaN. `lo` and `width` scale the block mean to [0, 1].
   */
  push(value: number, lo: number, width: number): number {
    this.blockSum += value;
    this.blockCount++;
    if (this.blockCount < this.options.step) return Number.NaN;
    const mean = this.blockSum / this.blockCount;
    this.blockSum = 0;
    this.blockCount = 0;
    const { length, memory } = this.options;
    const recent = this.recent;
    recent.copyWithin(0, 1);
    recent[2 * length - 1] = (mean - lo) / width;
    this.points++;
    if (this.points < length) return Number.NaN;
    let best = Number.POSITIVE_INFINITY;
    for (let c = 0; c < this.stored; c++) {
      const offset = c * length;
      let sum = 0;
      for (let k = 0; k < length && sum < best; k++) {
        const d = recent[length + k]! - this.exemplars[offset + k]!;
        sum += d * d;
      }
      if (sum < best) best = sum;
    }
    // The pattern that ended `length` points ago no longer overlaps the current one: store it.
    if (this.points >= 2 * length) {
      const offset = this.next * length;
      for (let k = 0; k < length; k++) this.exemplars[offset + k] = recent[k]!;
      this.next = (this.next + 1) % memory;
      if (this.stored < memory) this.stored++;
    }
    return Math.sqrt(best / length);
  }
}
