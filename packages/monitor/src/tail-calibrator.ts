/** Turns any non-negative anomaly statistic into a tail probability against its own recent history. */

/** Options of {@link TailCalibrator}. */
export interface TailCalibratorOptions {
  /** Effective memory in points of the exponentially forgotten histogram. */
  readonly horizon: number;
  /** Samples needed before p-values below 1 are returned. */
  readonly minSamples: number;
}

const BIN_WIDTH = 0.125;
const BIN_COUNT = 128;
const MAX_U = BIN_WIDTH * BIN_COUNT - 1e-9;
/** Mass above the threshold where the histogram hands over to the exponential tail. */
const TAIL_MASS = 0.02;
const MIN_EXCESS = BIN_WIDTH / 2;
const REFRESH_EVERY = 16;

// Layout of a calibrator's one Float64Array: five scalars, then for each bin b its mass and the mass
// at or above it, interleaved, so a p-value plus an add touch a couple of adjacent cache lines (with
// thousands of calibrators alive on the scoring thread, memory traffic is what a point costs).
const WEIGHT = 0;
const TOTAL = 1;
const GROWTH = 2;
const TAIL_START = 3;
const EXCESS = 4;
const FIRST_BIN = 5;
const STATE_LENGTH = FIRST_BIN + 2 * (BIN_COUNT + 1);

/** Slot of bin b's forgotten mass. */
function massSlot(b: number): number {
  return FIRST_BIN + 2 * b;
}

/** Slot of the mass at or above bin b (b ≤ BIN_COUNT; as of the last refresh). */
function aboveSlot(b: number): number {
  return FIRST_BIN + 2 * b + 1;
}

/**
 * Streaming calibration: an exponentially forgotten histogram of u = log(1 + r) with fixed bins of width
 * 1/8 gives the empirical tail P(R ≥ r) for the body; above its 98% quantile u_q the tail is
 * extrapolated as P(U > u_q)·exp(−(u − u_q)/β), β the mean excess over u_q — the peaks-over-threshold
 * idea of Siffer et al. (2017, "Anomaly detection in streams with extreme value theory", KDD) with a
 * shape-0 GPD on the log scale (a Pareto tail in r). O(1) per point: bin masses, u_q and β are
 * refreshed every 16 points (a scan up to the highest non-empty bin), so p-values lag the histogram by
 * at most 16 samples of a memory of thousands. 2×129 doubles plus five scalars, in one typed array.
 * The p-value of a point is taken before the point is added.
 */
export class TailCalibrator {
  /** Weight, total, growth, tail start and excess, then the interleaved bin masses (see slot helpers). */
  private readonly state = new Float64Array(STATE_LENGTH);
  private readonly minSamples: number;
  private count = 0;
  /** Highest bin that received mass since the last reset; every bin above it is exactly 0. */
  private top = 0;

  constructor(options: TailCalibratorOptions) {
    this.minSamples = options.minSamples;
    this.state[GROWTH] = 1 / (1 - 1 / options.horizon);
    this.reset();
  }

  /** Samples seen so far. */
  get samples(): number {
    return this.count;
  }

  /** Tail probability P(R ≥ r) under the recent distribution of the statistic; 1 while learning. */
  pValue(statistic: number): number {
    if (this.count < this.minSamples || !(statistic > 0)) return 1;
    return this.pValueAt(Math.min(Math.log1p(statistic), MAX_U));
  }

  /**
   * `pValue(statistic)`, then `add(statistic)` when that p-value is at least `gate`: the same result as
   * the two calls, with the logarithm taken once.
   */
  pValueThenLearn(statistic: number, gate: number): number {
    const u = statistic > 0 ? Math.min(Math.log1p(statistic), MAX_U) : 0;
    const p = this.count < this.minSamples || !(statistic > 0) ? 1 : this.pValueAt(u);
    if (p >= gate) this.addAt(u);
    return p;
  }

  /** Tail probability at u = min(log(1 + r), MAX_U) for a positive statistic r, once calibrated. */
  private pValueAt(u: number): number {
    const state = this.state;
    const tailStart = state[TAIL_START]!;
    if (u > tailStart) {
      return Math.max(TAIL_MASS * Math.exp(-(u - tailStart) / state[EXCESS]!), 1e-300);
    }
    const bin = Math.floor(u / BIN_WIDTH);
    const next = state[aboveSlot(bin + 1)]!;
    const inBin = state[aboveSlot(bin)]! - next;
    const mass = next + (inBin * ((bin + 1) * BIN_WIDTH - u)) / BIN_WIDTH;
    return Math.min(1, Math.max(mass / state[aboveSlot(0)]!, TAIL_MASS));
  }

  /** Forgets everything, e.g. when the statistic's model changed and its old values no longer apply. */
  reset(): void {
    const state = this.state;
    state.fill(0, FIRST_BIN);
    state[WEIGHT] = 1;
    state[TOTAL] = 0;
    state[TAIL_START] = MAX_U;
    state[EXCESS] = MIN_EXCESS;
    this.count = 0;
    this.top = 0;
  }

  /** Adds one observation of the statistic (negative and NaN values count as 0). */
  add(statistic: number): void {
    this.addAt(statistic > 0 ? Math.min(Math.log1p(statistic), MAX_U) : 0);
  }

  private addAt(u: number): void {
    const state = this.state;
    const bin = Math.floor(u / BIN_WIDTH);
    const weight = state[WEIGHT]!;
    state[massSlot(bin)]! += weight;
    if (bin > this.top) this.top = bin;
    state[TOTAL]! += weight;
    state[WEIGHT] = weight * state[GROWTH]!;
    this.count++;
    if (state[WEIGHT]! > 1e150) this.rescale();
    if (this.count % REFRESH_EVERY === 0 || this.count === this.minSamples) this.refreshTail();
  }

  private rescale(): void {
    const state = this.state;
    const factor = 1 / state[WEIGHT]!;
    for (let b = 0; b <= this.top; b++) state[massSlot(b)]! *= factor;
    state[TOTAL]! *= factor;
    state[WEIGHT] = 1;
  }

  /**
   * Recomputes the suffix masses, the 98% quantile u_q and the mean excess β above it. Bins above `top`
   * hold exactly 0, so the scans stop there (adding their zeros would not change a single bit).
   */
  private refreshTail(): void {
    const state = this.state;
    const top = this.top;
    for (let b = top; b >= 0; b--) state[aboveSlot(b)] = state[aboveSlot(b + 1)]! + state[massSlot(b)]!;
    const target = TAIL_MASS * state[TOTAL]!;
    // The suffix mass is non-increasing in b: the quantile's bin is the highest b with mass ≥ target.
    for (let b = top; b >= 0; b--) {
      if (state[aboveSlot(b)]! >= target) {
        const w = state[massSlot(b)]!;
        const mass = state[aboveSlot(b + 1)]!;
        const uq = (b + 1) * BIN_WIDTH - ((target - mass) / w) * BIN_WIDTH;
        // Partial bin: its share above u_q sits on average halfway between u_q and the bin's top.
        const excessSum = (target - mass) * 0.5 * ((b + 1) * BIN_WIDTH - uq);
        let full = 0;
        for (let c = b + 1; c <= top; c++) full += state[massSlot(c)]! * ((c + 0.5) * BIN_WIDTH - uq);
        state[TAIL_START] = uq;
        state[EXCESS] = Math.max((excessSum + full) / target, MIN_EXCESS);
        return;
      }
    }
  }
}
