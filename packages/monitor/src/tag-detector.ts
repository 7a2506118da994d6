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
type Statistic =
  | RobustZScore
  | EwmaChart
  | CusumChart
  | HoltWintersResidual
  | PageHinkley
  | StuckSensor
  | VarianceShift
  | ReferenceDeviation;

/** Dispatch codes, one per statistic kind, so each `update` call site sees one class (monomorphic). */
const ROBUST_Z = 0;
const EWMA = 1;
const CUSUM = 2;
const HOLT_WINTERS = 3;
const PAGE_HINKLEY = 4;
const STUCK = 5;
const VARIANCE = 6;
const REFERENCE = 7;

function statisticCode(name: Exclude<DetectorName, 'combined'>): number {
  switch (name) {
    case 'robust-z':
      return ROBUST_Z;
    case 'ewma':
      return EWMA;
    case 'cusum':
      return CUSUM;
    case 'holt-winters':
      return HOLT_WINTERS;
    case 'page-hinkley':
      return PAGE_HINKLEY;
    case 'stuck':
      return STUCK;
    case 'variance':
      return VARIANCE;
    case 'reference':
      return REFERENCE;
    default:
      return assertNever(name);
  }
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
  private readonly codes: Uint8Array;
  private readonly calibrators: TailCalibrator[];
  private readonly generations: Int32Array;
  private readonly gate: number;
  private readonly learningPeriod: number;
  private seen = 0;

  constructor(settings: TagDetectorSettings) {
    this.statistics = settings.detectors.map(createStatistic);
    this.codes = Uint8Array.from(settings.detectors, statisticCode);
    this.generations = new Int32Array(this.codes.length);
    this.calibrators = settings.detectors.map(
      () => new TailCalibrator({ horizon: settings.calibrationHorizon, minSamples: 32 }),
    );
    this.gate = settings.calibrationGate;
    this.learningPeriod = settings.learningPeriod;
  }

  /** Combined p-value of a value (1 while learning, and for NaN, which is skipped as missing). */
  update(value: number): number {
    if (!Number.isFinite(value)) return 1;
    const count = this.codes.length;
    const calibrate = this.seen >= 16;
    let pMin = 1;
    for (let k = 0; k < count; k++) {
      const statistic = this.score(k, value);
      if (!calibrate) continue;
      // Phase I/II discipline (Montgomery §7.3.1): out-of-control values do not enter the in-control
      // reference, so a long abnormal period stays abnormal instead of becoming the new normal.
      const p = this.calibrators[k]!.pValueThenLearn(statistic, this.gate);
      if (p < pMin) pMin = p;
    }
    this.seen++;
    if (this.seen <= this.learningPeriod) return 1;
    return sidakMinimum(pMin, count);
  }

  /**
   * Updates statistic k with a value and returns its score. One call site per class keeps V8's inline
   * caches monomorphic (a shared `Statistic.update` site sees eight shapes and is not inlined).
   */
  private score(k: number, value: number): number {
    const statistic = this.statistics[k]!;
    switch (this.codes[k]) {
      case ROBUST_Z:
        return (statistic as RobustZScore).update(value);
      case EWMA:
        return (statistic as EwmaChart).update(value);
      case CUSUM:
        return (statistic as CusumChart).update(value);
      case HOLT_WINTERS: {
        const model = statistic as HoltWintersResidual;
        const result = model.update(value);
        // The season switched on: the residuals change form, so their calibration starts over.
        if (model.generation !== this.generations[k] && this.seen >= 16) {
          this.generations[k] = model.generation;
          this.calibrators[k]!.reset();
        }
        return result;
      }
      case PAGE_HINKLEY:
        return (statistic as PageHinkley).update(value);
      case STUCK:
        return (statistic as StuckSensor).update(value);
      case VARIANCE:
        return (statistic as VarianceShift).update(value);
      default: // REFERENCE, the last code
        return (statistic as ReferenceDeviation).update(value);
    }
  }
}
