/** Robust z-score of each point against a sliding median and MAD. */
import { SlidingMedian } from './sliding-median.ts';

/** Options of {@link RobustZScore}. */
export interface RobustZScoreOptions {
  /** Sliding window length W for the median and the MAD. */
  readonly window: number;
}

/**
 * |x − median| / (1.4826·MAD) over the last W points (Hampel 1974; Rousseeuw & Croux 1993 for the
 * 1.4826 consistency factor). The MAD is the sliding median of past absolute deviations, each taken
 * from the median of its own time, an O(W) approximation of the exact window MAD. When the MAD is 0
 * (quantised or flat data) the scale falls back to 1.2533 × an EW mean absolute deviation.
 */
export class RobustZScore {
  private readonly values: SlidingMedian;
  private readonly deviations: SlidingMedian;
  private meanAbsolute = 0;
  private seen = 0;

  constructor(options: RobustZScoreOptions) {
    this.values = new SlidingMedian(options.window);
    this.deviations = new SlidingMedian(options.window);
  }

  /** Scores a value against the window, then adds it. */
  update(value: number): number {
    let statistic = 0;
    if (this.values.length >= 8) {
      const median = this.values.median();
      const deviation = Math.abs(value - median);
      const mad = this.deviations.median();
      const fallback = Math.max(1.2533 * this.meanAbsolute, 1e-9 * (1 + Math.abs(median)));
      const scale = mad > 0 ? 1.4826 * mad : fallback;
      statistic = deviation / scale;
      this.deviations.push(deviation);
      this.seen++;
      this.meanAbsolute += (deviation - this.meanAbsolute) / Math.min(this.seen, 100);
    }
    this.values.push(value);
    return statistic;
  }
}
