/** One tag's detector ensemble: each statistic calibrated to a tail probability, then combined. */
import { assertNever } from '@zhizao/core';
import { CusumChart, EwmaChart } from './control-charts.ts';
import { HoltWintersResidual } from './holt-winters-residual.ts';
import { PageHinkley } from './page-hinkley.ts';
import { ReferenceDeviation } from './reference-deviation.ts';
import { RobustZScore } from './robust-z-score.ts';
import { StuckSensor } from './stuck-sensor.ts';
import { TailCalibrator } from './tail-calibrator.ts';
import { VarianceShift } from './variance-shift.ts';

/** The component detectors; `combined` means all of them. */
export type DetectorName =
  | 'robust-z'
  | 'ewma'
  | 'cusum'
  | 'holt-winters'
  | 'page-hinkley'
  | 'stuck'
  | 'variance'
  | 'reference'
  | 'combined';

/** Every accepted detector name. */
export const DETECTOR_NAMES: readonly DetectorName[] = [
  'robust-z',
  'ewma',
  'cusum',
  'holt-winters',
  'page-hinkley',
  'stuck',
  'variance',
  'reference',
  'combined',
];

/** A streaming statistic: scores a value against the past (larger = more anomalous), then learns it. */
interface Statistic {
  update(value: number): number;
  /** Changes when the statistic's model changes form; its calibration then starts over. */
  readonly generation?: number;
}

/** Settings shared by every tag's ensemble. */
export interface TagDetectorSettings {
  readonly detectors: readonly Exclude<DetectorName, 'combined'>[];
  /** Points of a tag used only for learning; its p-values are 1 until then. */
  readonly learningPeriod: number;
  /** Memory of the tail calibrators, in points. */
  readonly calibrationHorizon: number;
  /** Values whose own tail probability is below this are not learned by their calibrator (0 = all). */
  readonly calibrationGate: number;
}

function createStatistic(name: Exclude<DetectorName, 'combined'>): Statistic {
  switch (name) {
    case 'robust-z':
      return new RobustZScore({ window: 64 });
    case 'ewma':
      return new EwmaChart({ lambda: 0.2, baselineAlpha: 0.01 });
    case 'cusum':
      return new CusumChart({ k: 0.5, h: 5, baselineAlpha: 0.01 });
    case 'holt-winters':
      return new HoltWintersResidual({
        alpha: 0.1,
        beta: 0.005,
        gamma: 0.1,
        phi: 0.95,
        seasonBuffer: 1024,
        maxPeriod: 400,
      });
    case 'page-hinkley':
      return new PageHinkley({ delta: 0.5, lambda: 30, scaleAlpha: 0.01 });
    case 'stuck':
      return new StuckSensor();
    case 'variance':
      return new VarianceShift({ shortAlpha: 0.1, longAlpha: 0.005 });
    case 'reference':
      return new ReferenceDeviation({ shortAlpha: 0.1, referenceAlpha: 0.001 });
    default:
      return assertNever(name);
  }
}

/**
 * Šidák-corrected minimum of k p-values, 1 − (1 − p_min)^k (Šidák 1967; Tippett's combination): a valid
 * p-value for "some component is extreme" when components are independent, conservative otherwise.
 */
export function sidakMinimum(pMin: number, k: number): number {
  return -Math.expm1(k * Math.log1p(-pMin));
}

/**
 * Runs the chosen statistics on one tag and returns the combined tail probability of each point.
 * Statistics start feeding their calibrators after 16 points so start-up transients stay out; with a
 * `calibrationGate`, values with a smaller p-value are not learned, so a lasting anomaly keeps scoring
 * high until the statistic itself adapts.
 */
export class TagDetector {
  private readonly statistics: Statistic[];
  private readonly calibrators: TailCalibrator[];
  private readonly generations: Int32Array;
  private seen = 0;

  constructor(private readonly settings: TagDetectorSettings) {
    this.statistics = settings.detectors.map(createStatistic);
    this.generations = new Int32Array(this.statistics.length);
    this.calibrators = settings.detectors.map(
      () => new TailCalibrator({ horizon: settings.calibrationHorizon, minSamples: 32 }),
    );
  }

  /** Combined p-value of a value (1 while learning, and for NaN, which is skipped as missing). */
  update(value: number): number {
    if (!Number.isFinite(value)) return 1;
    let pMin = 1;
    for (let k = 0; k < this.statistics.length; k++) {
      const detector = this.statistics[k]!;
      const statistic = detector.update(value);
      if (this.seen < 16) continue;
      const calibrator = this.calibrators[k]!;
      const generation = detector.generation ?? 0;
      if (generation !== this.generations[k]) {
        this.generations[k] = generation;
        calibrator.reset();
      }
      const p = calibrator.pValue(statistic);
      // Phase I/II discipline (Montgomery §7.3.1): out-of-control values do not enter the in-control
      // reference, so a long abnormal period stays abnormal instead of becoming the new normal.
      if (p >= this.settings.calibrationGate) calibrator.add(statistic);
      if (p < pMin) pMin = p;
    }
    this.seen++;
    if (this.seen <= this.settings.learningPeriod) return 1;
    return sidakMinimum(pMin, this.statistics.length);
  }
}
