/** EWMA and tabular CUSUM control charts on a slowly adapting, outlier-resistant baseline. */
import { EwStats } from './ew-stats.ts';

/** Options of {@link EwmaChart}. */
export interface EwmaChartOptions {
  /** Smoothing constant λ of the chart (Montgomery: 0.05–0.25). */
  readonly lambda: number;
  /** EW weight of the baseline mean and variance. */
  readonly baselineAlpha: number;
}

/**
 * EWMA chart (Roberts 1959; Montgomery, "Introduction to Statistical Quality Control", 7th ed., §9.2):
 * Z_t = λ·e_t + (1 − λ)·Z_{t−1} on standardised deviations e_t from the baseline; the statistic is
 * |Z_t| / sqrt(λ/(2 − λ)), the chart's asymptotic-sigma distance. Sensitive to small sustained shifts.
 */
export class EwmaChart {
  private readonly baseline: EwStats;
  private smoothed = 0;
  private readonly sigma: number;
  private readonly lambda: number;

  constructor(options: EwmaChartOptions) {
    this.baseline = new EwStats(options.baselineAlpha);
    this.lambda = options.lambda;
    this.sigma = Math.sqrt(options.lambda / (2 - options.lambda));
  }

  /** Scores a value, then learns it. */
  update(value: number): number {
    let statistic = 0;
    if (this.baseline.count >= 8) {
      const lambda = this.lambda;
      this.smoothed = lambda * this.baseline.z(value) + (1 - lambda) * this.smoothed;
      statistic = Math.abs(this.smoothed) / this.sigma;
    }
    this.baseline.push(value);
    return statistic;
  }
}

/** Options of {@link CusumChart}. */
export interface CusumChartOptions {
  /** Reference value k in standard deviations (half the shift to detect). */
  readonly k: number;
  /** Decision interval h: above it the chart signals, restarts, and re-centres on the recent level. */
  readonly h: number;
  /** EW weight of the baseline mean and variance. */
  readonly baselineAlpha: number;
}

/**
 * Two-sided tabular CUSUM (Page 1954; Montgomery §9.1, eqs. 9.2–9.3): C⁺ = max(0, e − k + C⁺),
 * C⁻ = max(0, −e − k + C⁻) on standardised deviations; the statistic is max(C⁺, C⁻). After a signal the
 * sums restart and the baseline mean jumps to a fast EW level, so a persistent shift is signalled once.
 */
export class CusumChart {
  private readonly baseline: EwStats;
  private fastLevel = 0;
  private upper = 0;
  private lower = 0;
  private readonly k: number;
  private readonly h: number;

  constructor(options: CusumChartOptions) {
    this.baseline = new EwStats(options.baselineAlpha);
    this.k = options.k;
    this.h = options.h;
  }

  /** Scores a value, then learns it. */
  update(value: number): number {
    let statistic = 0;
    if (this.baseline.count >= 8) {
      const e = this.baseline.z(value);
      this.upper = Math.max(0, this.upper + e - this.k);
      this.lower = Math.max(0, this.lower - e - this.k);
      statistic = Math.max(this.upper, this.lower);
    }
    this.fastLevel = this.baseline.count === 0 ? value : this.fastLevel + 0.2 * (value - this.fastLevel);
    this.baseline.push(value);
    if (statistic > this.h) {
      this.upper = 0;
      this.lower = 0;
      this.baseline.mean = this.fastLevel;
    }
    return statistic;
  }
}
