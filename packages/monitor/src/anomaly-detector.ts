/** Multivariate streaming anomaly detector: one calibrated score in [0, 1] per row of a machine's tags. */
import { AppError } from '@zhizao/core';
import { SlidingMax } from './sliding-max.ts';
import { StreamingMahalanobis } from './streaming-mahalanobis.ts';
import type { DetectorName, TagDetectorSettings } from './tag-detector.ts';
import { DETECTOR_NAMES, sidakMinimum, TagDetector } from './tag-detector.ts';
import { TailCalibrator } from './tail-calibrator.ts';

/** Options of {@link createAnomalyDetector}. */
export interface AnomalyDetectorOptions {
  /** Number of tags (columns) in every row. */
  readonly tags: number;
  /** Component detectors to run on every tag (default: all of them). */
  readonly detectors?: readonly DetectorName[] | undefined;
  /** Rows per tag used only for learning; scores are 0 until then (default 100). */
  readonly learningPeriod?: number | undefined;
  /** Memory of the per-statistic calibration, in rows (default 5000). */
  readonly calibrationHorizon?: number | undefined;
  /**
   * Tail probability below which a statistic's value is not learned by its calibration (default 0:
   * learn everything). With e.g. 1e-4 a long abnormal period keeps scoring high row after row (what
   * point-wise labelled benchmarks reward) at the cost of more false alarms on heavy-tailed data
   * (NAB standard score 53.2 → 38.5 with 1e-4).
   */
  readonly calibrationGate?: number | undefined;
  /**
   * Alert de-duplication window in rows (default 100; 0 disables). A row passes when its p-value is the
   * smallest of the last W rows or, within W rows of the last passing row, at least ten times smaller
   * than that row's; other rows get half their score. One event raises one alert (a few more as it
   * gets markedly worse), not hundreds, while the scores of passing rows stay calibrated.
   */
  readonly suppressionWindow?: number | undefined;
}

/** A streaming detector over rows of a fixed set of tags. */
export interface AnomalyDetector {
  readonly tags: number;
  /** Timestamp of the last row (as given; the detector never reads a clock). */
  readonly lastTimestamp: number;
  /**
   * Scores one row (values in tag order; NaN = missing) using only this and earlier rows, then learns it.
   * Returns 1 − p where p is the Šidák-combined tail probability over tags and detectors (halved for
   * rows the alert de-duplication holds back; see `suppressionWindow`).
   */
  update(timestamp: number, values: ArrayLike<number>): number;
}

function positiveInteger(name: string, value: number, allowZero = false): number {
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new AppError(
      'INVALID_INPUT',
      `${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer; got ${value}`,
    );
  }
  return value;
}

/**
 * Creates a multivariate detector. Per tag, each component statistic (robust z, EWMA, CUSUM,
 * Holt–Winters residual, Page–Hinkley, stuck sensor, variance shift, deviation from a long-term reference) becomes a tail probability against its own recent
 * distribution; with two or more tags a streaming Mahalanobis distance of the standardised tags adds a
 * test of their joint behaviour; the per-tag minimum and then the across-tag minimum are Šidák-corrected, which keeps
 * scores roughly uniform on normal data (so 0.99 means a 1-in-100 row). O(1) time and memory per row
 * and tag, apart from one O(1024·400) season detection per tag after 1024 rows.
 */
export function createAnomalyDetector(options: AnomalyDetectorOptions): AnomalyDetector {
  const tags = positiveInteger('tags', options.tags);
  const learningPeriod = positiveInteger('learningPeriod', options.learningPeriod ?? 100, true);
  const calibrationHorizon = positiveInteger('calibrationHorizon', options.calibrationHorizon ?? 5000);
  const suppressionWindow = positiveInteger('suppressionWindow', options.suppressionWindow ?? 100, true);
  const calibrationGate = options.calibrationGate ?? 0;
  if (!(calibrationGate >= 0 && calibrationGate < 1)) {
    throw new AppError('INVALID_INPUT', `calibrationGate must be in [0, 1); got ${calibrationGate}`);
  }
  const requested = options.detectors ?? ['combined'];
  for (const name of requested) {
    if (!DETECTOR_NAMES.includes(name)) {
      throw new AppError(
        'INVALID_INPUT',
        `detectors must be among ${DETECTOR_NAMES.join(', ')}; got ${name}`,
      );
    }
  }
  const detectors = requested.includes('combined')
    ? DETECTOR_NAMES.filter((name) => name !== 'combined')
    : requested.filter((name) => name !== 'combined');
  const settings = { detectors, learningPeriod, calibrationHorizon, calibrationGate };
  return new CombinedDetector(tags, settings, suppressionWindow);
}

/**
 * The detector behind {@link createAnomalyDetector}: a class rather than a closure so every instance
 * shares one shape and the scoring thread's `update` call site stays monomorphic.
 */
class CombinedDetector implements AnomalyDetector {
  private readonly perTag: TagDetector[];
  /** Several tags: one more test, on their joint behaviour, calibrated like the per-tag statistics. */
  private readonly joint: StreamingMahalanobis | undefined;
  private readonly jointCalibrator: TailCalibrator;
  private readonly recent: SlidingMax | undefined;
  private readonly learningPeriod: number;
  private readonly calibrationGate: number;
  private rows = 0;
  private row = 0;
  private alertRow = Number.NEGATIVE_INFINITY;
  private alertSurprise = 0;
  lastTimestamp = Number.NaN;

  constructor(
    readonly tags: number,
    settings: TagDetectorSettings,
    private readonly suppressionWindow: number,
  ) {
    this.perTag = Array.from({ length: tags }, () => new TagDetector(settings));
    this.joint = tags >= 2 ? new StreamingMahalanobis({ tags, alpha: 0.01 }) : undefined;
    this.jointCalibrator = new TailCalibrator({ horizon: settings.calibrationHorizon, minSamples: 32 });
    this.recent = suppressionWindow > 0 ? new SlidingMax(suppressionWindow) : undefined;
    this.learningPeriod = settings.learningPeriod;
    this.calibrationGate = settings.calibrationGate;
  }

  update(timestamp: number, values: ArrayLike<number>): number {
    const tags = this.tags;
    if (values.length !== tags) {
      throw new AppError('INVALID_INPUT', `values must have ${tags} entries; got ${values.length}`);
    }
    this.lastTimestamp = timestamp;
    let pMin = 1;
    for (let j = 0; j < tags; j++) {
      const p = this.perTag[j]!.update(values[j]!);
      if (p < pMin) pMin = p;
    }
    this.rows++;
    const joint = this.joint;
    if (joint !== undefined) {
      const d2 = joint.update(values);
      if (this.rows > 16) {
        const pJoint = this.jointCalibrator.pValueThenLearn(d2, this.calibrationGate);
        if (this.rows > this.learningPeriod && pJoint < pMin) pMin = pJoint;
      }
    }
    const p = sidakMinimum(pMin, joint === undefined ? tags : tags + 1);
    const score = 1 - p;
    const recent = this.recent;
    if (recent === undefined) return score;
    this.row++;
    const surprise = -Math.log10(Math.max(p, 1e-300));
    const previousMax = recent.max();
    recent.push(surprise);
    const afterAlert = this.row - this.alertRow <= this.suppressionWindow;
    if (afterAlert ? surprise <= this.alertSurprise + 1 : surprise <= previousMax) return 0.5 * score;
    this.alertRow = this.row;
    this.alertSurprise = surprise;
    return score;
  }
}
