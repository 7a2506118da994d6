/** Standardised one-step-ahead residual of a robust additive Holt–Winters model with a detected period. */
import { detectPeriod } from './period-detection.ts';

/** Options of {@link HoltWintersResidual}. */
export interface HoltWintersResidualOptions {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  /** Trend damping φ (Gardner & McKenzie 1985). */
  readonly phi: number;
  /** Points buffered before the season length is detected (the model runs without season until then). */
  readonly seasonBuffer: number;
  /** Longest season considered, in points. */
  readonly maxPeriod: number;
}

/**
 * Damped additive Holt–Winters (Hyndman & Athanasopoulos, FPP3 §8.3, component form) with the errors
 * used for updating clipped at ±4 residual scales, the robust variant of Gelper, Fried & Croux (2010,
 * "Robust forecasting with exponential and Holt–Winters smoothing"), so an outlier does not bend the
 * level. The statistic is |e_t| / (1.2533 × EW mean |e|). After `seasonBuffer` points the season length
 * is detected once from the ACF and the seasonal indices start from the buffer's phase means.
 */
export class HoltWintersResidual {
  private level = 0;
  private trend = 0;
  private readonly season: Float64Array;
  private period = 0;
  private count = 0;
  private meanAbsoluteError = 0;
  /** The first `seasonBuffer` values; released (emptied) once the season has been detected. */
  private buffer: Float64Array;
  private readonly alpha: number;
  private readonly beta: number;
  private readonly gamma: number;
  private readonly phi: number;

  constructor(private readonly options: HoltWintersResidualOptions) {
    this.alpha = options.alpha;
    this.beta = options.beta;
    this.gamma = options.gamma;
    this.phi = options.phi;
    this.season = new Float64Array(options.maxPeriod);
    this.buffer = new Float64Array(options.seasonBuffer);
  }

  /** Bumped when the model changes form (the season switched on), so calibrations can start over. */
  generation = 0;

  /** Detected season length in points (0 while buffering or when none was found). */
  get seasonLength(): number {
    return this.period;
  }

  /** Scores a value against the one-step forecast, then updates the model. */
  update(value: number): number {
    const alpha = this.alpha;
    const beta = this.beta;
    const gamma = this.gamma;
    const phi = this.phi;
    if (this.count === 0) {
      this.level = value;
      this.finish(value);
      return 0;
    }
    const phase = this.period > 0 ? this.count % this.period : 0;
    const seasonal = this.period > 0 ? this.season[phase]! : 0;
    const forecast = this.level + phi * this.trend + seasonal;
    const error = value - forecast;
    const scale = Math.max(1.2533 * this.meanAbsoluteError, 1e-9 * (1 + Math.abs(this.level)));
    const statistic = this.count >= 8 ? Math.abs(error) / scale : 0;
    const limit = this.count >= 8 ? 4 * scale : Number.POSITIVE_INFINITY;
    const clipped = Math.max(-limit, Math.min(limit, error));
    const cleaned = forecast + clipped;
    const newLevel = alpha * (cleaned - seasonal) + (1 - alpha) * (this.level + phi * this.trend);
    this.trend = beta * (newLevel - this.level) + (1 - beta) * phi * this.trend;
    if (this.period > 0) this.season[phase] = gamma * (cleaned - newLevel) + (1 - gamma) * seasonal;
    this.level = newLevel;
    const weight = Math.max(0.02, 1 / this.count);
    this.meanAbsoluteError += weight * (Math.abs(clipped) - this.meanAbsoluteError);
    this.finish(value);
    return statistic;
  }

  private finish(value: number): void {
    if (this.count < this.buffer.length) {
      this.buffer[this.count] = value;
      if (this.count === this.buffer.length - 1) {
        this.startSeason();
        this.buffer = new Float64Array(0);
      }
    }
    this.count++;
  }

  private startSeason(): void {
    const period = detectPeriod(this.buffer, {
      minLag: 4,
      maxLag: this.options.maxPeriod,
      minCorrelation: 0.3,
    });
    if (period === 0) return;
    const cycles = Math.floor(this.buffer.length / period);
    const start = this.buffer.length - cycles * period;
    let mean = 0;
    for (let i = start; i < this.buffer.length; i++) mean += this.buffer[i]!;
    mean /= cycles * period;
    for (let i = start; i < this.buffer.length; i++) this.season[i % period]! += this.buffer[i]!;
    for (let k = 0; k < period; k++) this.season[k] = this.season[k]! / cycles - mean;
    // The level has been following the raw values, seasonal effect included: take the current one out.
    this.level -= this.season[this.count % period]!;
    this.period = period;
    this.generation++;
  }
}
