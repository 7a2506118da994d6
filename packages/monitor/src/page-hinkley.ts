/** Page–Hinkley change-point test on the mean, restarted after each detected change. */
import { EwStats } from './ew-stats.ts';

/** Options of {@link PageHinkley}. */
export interface PageHinkleyOptions {
  /** Tolerated drift δ in standard deviations. */
  readonly delta: number;
  /** Alarm threshold λ in standard deviations; the test restarts after an alarm. */
  readonly lambda: number;
  /** EW weight of the scale estimate. */
  readonly scaleAlpha: number;
}

/**
 * Two-sided Page–Hinkley test (Page 1954; Hinkley 1971; as in Gama et al. 2014, "A survey on concept
 * drift adaptation", §3.2): m_T = Σ (x_t − x̄_T − δσ), PH = (m_T − min m_t)/σ (and its mirror for
 * decreases), with x̄_T the mean since the last change and σ a slow EW standard deviation.
 * The statistic is the larger of the two; an alarm restarts the segment, so x̄ follows the new regime.
 */
export class PageHinkley {
  private readonly scale: EwStats;
  private segmentMean = 0;
  private segmentCount = 0;
  private up = 0;
  private upMin = 0;
  private down = 0;
  private downMax = 0;
  private readonly delta: number;
  private readonly lambda: number;

  constructor(options: PageHinkleyOptions) {
    this.scale = new EwStats(options.scaleAlpha);
    this.delta = options.delta;
    this.lambda = options.lambda;
  }

  /** Scores a value, then learns it. */
  update(value: number): number {
    const ready = this.scale.count >= 8;
    const sigma = this.scale.std();
    this.scale.push(value);
    if (!ready) return 0;
    this.segmentCount++;
    this.segmentMean += (value - this.segmentMean) / this.segmentCount;
    const d = value - this.segmentMean;
    const slack = this.delta * sigma;
    this.up += d - slack;
    this.upMin = Math.min(this.upMin, this.up);
    this.down += d + slack;
    this.downMax = Math.max(this.downMax, this.down);
    const statistic = Math.max(this.up - this.upMin, this.downMax - this.down) / sigma;
    if (statistic > this.lambda) this.restart();
    return statistic;
  }

  private restart(): void {
    this.segmentMean = 0;
    this.segmentCount = 0;
    this.up = 0;
    this.upMin = 0;
    this.down = 0;
    this.downMax = 0;
  }
}
