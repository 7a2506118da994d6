/** @zhizao/monitor — streaming anomaly detection for machine sensor tags, and the NAB scorer. */

export type { AnomalyDetector, AnomalyDetectorOptions } from './anomaly-detector.ts';
export { createAnomalyDetector } from './anomaly-detector.ts';
export type { CusumChartOptions, EwmaChartOptions } from './control-charts.ts';
export { CusumChart, EwmaChart } from './control-charts.ts';
export { rowsPerDay } from './daily-period.ts';
export { ExpandingRange } from './expanding-range.ts';
export type { HoltWintersResidualOptions } from './holt-winters-residual.ts';
export { HoltWintersResidual } from './holt-winters-residual.ts';
export type { NabCostMatrix, NabFile, NabProfileName, NabSweep, NabThresholdScore } from './nab-scorer.ts';
export {
  NAB_PROFILES,
  nabNormalize,
  nabOptimizeThreshold,
  nabProbationLength,
  nabScaledSigmoid,
  nabScoreFile,
  nabScoresByThreshold,
  nabSweep,
} from './nab-scorer.ts';
export type { PageHinkleyOptions } from './page-hinkley.ts';
export { PageHinkley } from './page-hinkley.ts';
export type { PatternNoveltyOptions } from './pattern-novelty.ts';
export { PatternNovelty } from './pattern-novelty.ts';
export type { PeriodDetectionOptions } from './period-detection.ts';
export { detectPeriod } from './period-detection.ts';
export type { RangeNoveltyDetector, RangeNoveltyOptions } from './range-novelty.ts';
export {
  createRangeNoveltyDetector,
  RANGE_NOVELTY_TOLERANCE,
  rangeNoveltyScore,
} from './range-novelty.ts';
export type { ReferenceDeviationOptions } from './reference-deviation.ts';
export { ReferenceDeviation } from './reference-deviation.ts';
export type { RobustZScoreOptions } from './robust-z-score.ts';
export { RobustZScore } from './robust-z-score.ts';
export type { StreamingMahalanobisOptions } from './streaming-mahalanobis.ts';
export { StreamingMahalanobis } from './streaming-mahalanobis.ts';
export { StuckSensor } from './stuck-sensor.ts';
export type { DetectorName } from './tag-detector.ts';
export { DETECTOR_NAMES, sidakMinimum } from './tag-detector.ts';
export type { TailCalibratorOptions } from './tail-calibrator.ts';
export { TailCalibrator } from './tail-calibrator.ts';
export type { VarianceShiftOptions } from './variance-shift.ts';
export { VarianceShift } from './variance-shift.ts';
