/** Flags a sensor whose value stops changing for longer than usual. */

/**
 * Run-length statistic: r = L / (1 + L̄), with L the number of consecutive repeats of the current value
 * (|Δx| ≤ 1e-12·(1 + |x|)) and L̄ an EW mean (weight 0.01) of the lengths of completed runs (0 for a
 * value that differs from the previous one), frozen while the current run lasts. On noisy data L̄ ≈ 0
 * so r is the run length itself; on quantised data that often repeats, longer runs are needed.
 */
export class StuckSensor {
  private previous = Number.NaN;
  private run = 0;
  private typical = 0;

  /** Scores a value, then learns it. */
  update(value: number): number {
    const repeated = Math.abs(value - this.previous) <= 1e-12 * (1 + Math.abs(value));
    if (repeated) this.run++;
    else {
      this.typical += 0.01 * (this.run - this.typical);
      this.run = 0;
    }
    const statistic = this.run / (1 + this.typical);
    this.previous = value;
    return statistic;
  }
}
