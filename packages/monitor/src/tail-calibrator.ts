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

/**
 * Streaming calibration: an exponentially forgotten histogram of u = log(1 + r) with fixed bins of width
 * 1/8 gives the empirical tail P(R ≥ r) for the body; above its 98% quantile u_q the tail is
 * extrapolated as P(U > u_q)·exp(−(u − u_q)/β), β the mean excess over u_q — the peaks-over-threshold
 * idea of Siffer et al. (2017, "Anomaly detection in streams with extreme value theory", KDD) with a
 * shape-0 GPD on the log scale (a Pareto tail in r). O(1) per point: bin masses, u_q and β are
 * refreshed every 16 points (a 128-bin scan), so p-values lag the histogram by at most 16 samples of
 * a memory of thousands. 2×128 doubles. The p-value of a point is taken before the point is added.
 */
export class TailCalibrator {
  private readonly bins = new Float64Array(BIN_COUNT);
  /** Mass at or above each bin as of the last refresh (so a p-value costs O(1), not a bin scan). */
  private readonly above = new Float64Array(BIN_COUNT + 1);
  private readonly growth: number;
  private weight = 1;
  private total = 0;
  private count = 0;
  private tailStart = MAX_U;
  private excess = MIN_EXCESS;

  constructor(private readonly options: TailCalibratorOptions) {
    this.growth = 1 / (1 - 1 / options.horizon);
  }

  /** Samples seen so far. */
  get samples(): number {
    return this.count;
  }

  /** Tail probability P(R ≥ r) under the recent distribution of the statistic; 1 while learning. */
  pValue(statistic: number): number {
    if (this.count < this.options.minSamples || !(statistic > 0)) return 1;
    const u = Math.min(Math.log1p(statistic), MAX_U);
    if (u > this.tailStart) {
      return Math.max(TAIL_MASS * Math.exp(-(u - this.tailStart) / this.excess), 1e-300);
    }
    const bin = Math.floor(u / BIN_WIDTH);
    const next = this.above[bin + 1]!;
    const inBin = this.above[bin]! - next;
    const mass = next + (inBin * ((bin + 1) * BIN_WIDTH - u)) / BIN_WIDTH;
    return Math.min(1, Math.max(mass / this.above[0]!, TAIL_MASS));
  }

  /** Forgets everything, e.g. when the statistic's model changed and its old values no longer apply. */
  reset(): void {
    this.bins.fill(0);
    this.above.fill(0);
    this.weight = 1;
    this.total = 0;
    this.count = 0;
    this.tailStart = MAX_U;
    this.excess = MIN_EXCESS;
  }

  /** Adds one observation of the statistic (negative and NaN values count as 0). */
  add(statistic: number): void {
    const u = statistic > 0 ? Math.min(Math.log1p(statistic), MAX_U) : 0;
    this.bins[Math.floor(u / BIN_WIDTH)]! += this.weight;
    this.total += this.weight;
    this.weight *= this.growth;
    this.count++;
    if (this.weight > 1e150) this.rescale();
    if (this.count % REFRESH_EVERY === 0 || this.count === this.options.minSamples) this.refreshTail();
  }

  private rescale(): void {
    const factor = 1 / this.weight;
    for (let b = 0; b < BIN_COUNT; b++) this.bins[b]! *= factor;
    this.total *= factor;
    this.weight = 1;
  }

  /** Recomputes the suffix masses, the 98% quantile u_q and the mean excess β above it. */
  private refreshTail(): void {
    for (let b = BIN_COUNT - 1; b >= 0; b--) this.above[b] = this.above[b + 1]! + this.bins[b]!;
    const target = TAIL_MASS * this.total;
    let mass = 0;
    let excessSum = 0;
    for (let b = BIN_COUNT - 1; b >= 0; b--) {
      const w = this.bins[b]!;
      if (mass + w >= target) {
        const uq = (b + 1) * BIN_WIDTH - ((target - mass) / w) * BIN_WIDTH;
        // Partial bin: its share above u_q sits on average halfway between u_q and the bin's top.
        excessSum += (target - mass) * 0.5 * ((b + 1) * BIN_WIDTH - uq);
        let full = 0;
        for (let c = b + 1; c < BIN_COUNT; c++) full += this.bins[c]! * ((c + 0.5) * BIN_WIDTH - uq);
        this.tailStart = uq;
        this.excess = Math.max((excessSum + full) / target, MIN_EXCESS);
        return;
      }
      mass += w;
    }
  }
}
