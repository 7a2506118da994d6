/** Streaming novelty detector: flags values, levels, seasonal differences and patterns outside the range seen so far. */
import { AppError } from '@zhizao/core';
import { ExpandingRange } from './expanding-range.ts';
import { PatternNovelty } from './pattern-novelty.ts';
import { SlidingMax } from './sliding-max.ts';

/** Options of {@link createRangeNoveltyDetector}. */
export interface RangeNoveltyOptions {
  /**
   * Rows used only to learn the ranges and the seasonal gate; scores are 0 until then (with 0 the
   * seasonal difference stays off). NAB's protocol gives every detector its probationary period (15% of
   * the file, at most 750 rows) for this.
   */
  readonly learningPeriod: number;
  /** Season length in rows for the seasonal difference x_t − x_{t−period} (default 0: none). */
  readonly period?: number | undefined;
  /** Weight α of the exponentially weighted level (default 0.1, an effective memory of ~10 rows). */
  readonly smoothing?: number | undefined;
  /** Contraction horizon of the ranges in rows (default 20,000; Infinity keeps every extreme for ever). */
  readonly rangeHorizon?: number | undefined;
  /**
   * The seasonal difference is used only when, over the learning period, its variance is below this
   * fraction of the series' variance (default 0.5, i.e. lag-`period` autocorrelation above 0.75, since
   * Var(x_t − x_{t−p}) = 2σ²(1 − ρ_p)): on noisy, weakly seasonal data it would only add false alarms.
   */
  readonly seasonalGate?: number | undefined;
  /**
   * Rows averaged into one point of the recent pattern (default max(1, ⌊learningPeriod/104⌋): the
   * learning period then holds 13 patterns of 8 points, ARTime's downsampling); 0 turns patterns off.
   */
  readonly patternStep?: number | undefined;
  /** Patterns remembered, and the contraction horizon of the range of their distances (default 512). */
  readonly patternMemory?: number | undefined;
  /**
   * De-duplication window in rows (default 100, as in `createAnomalyDetector`; 0 disables). A row keeps
   * its score only when it beats every score of the previous W rows; otherwise the score is divided by
   * 10, so one excursion raises one alarm rather than one per new extreme.
   */
  readonly suppressionWindow?: number | undefined;
}

/** A streaming range-novelty detector for one series. */
export interface RangeNoveltyDetector {
  /** Whether the seasonal difference passed the gate at the end of the learning period. */
  readonly seasonal: boolean;
  /**
   * Scores a value against the ranges learned from earlier rows, then learns it. Returns e/(1 + e) in
   * [0, 1), where e is the largest sample-weighted relative excess (see {@link ExpandingRange.excess})
   * over the features; 0 while learning and for NaN, which is skipped as missing.
   */
  update(value: number): number;
}

/** Points per recent pattern (ARTime's window of 8 downsampled values). */
const PATTERN_LENGTH = 8;

/** Sample count at which an excess keeps its face value: NAB's longest probationary period. */
const REFERENCE_SAMPLES = 750;

/**
 * A relative excess e weighted by the evidence behind the range, e·ln(n)/ln(750), n the range's
 * effective sample count. Why: for an exponential tail with scale β the maximum (and so the range) of n
 * values grows like β·ln n (Embrechts, Klüppelberg & Mikosch 1997, Modelling Extremal Events, §3.2), so
 * a new value beats the maximum by e·range with probability n^(−e) given that it beats it at all: e·ln n
 * is the surprise of the excess. Records of a young range (just after learning) count for less, those
 * of a range built on thousands of values for more. Dividing by ln 750 keeps the units: 0.05 still
 * means "5% of the range" for a range of 750 values.
 */
function weightedExcess(range: ExpandingRange, excess: number): number {
  if (!(excess > 0)) return 0;
  return (excess * Math.log(Math.max(range.effectiveSamples, 2))) / Math.log(REFERENCE_SAMPLES);
}

/** Relative excess that counts as novel without looking at any label: 5% of the range, Numenta's NAB spatial tolerance. */
export const RANGE_NOVELTY_TOLERANCE = 0.05;

/** Score of a relative excess e: e/(1 + e), monotone, so a threshold on the score is a tolerance on e. */
export function rangeNoveltyScore(excess: number): number {
  return excess / (1 + excess);
}

function checkInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new AppError('INVALID_INPUT', `${name} must be a non-negative integer; got ${value}`);
  }
  return value;
}

/**
 * Creates a range-novelty detector. Four features are tracked, each with an {@link ExpandingRange} of
 * its own past values: the value (Numenta's "spatial anomaly" rule in its NAB detector, which fires when
 * a value leaves the range seen so far by more than 5% of it); an EW mean (a level shift can leave the
 * range of past levels while single values stay inside the range of past values); when the series is
 * seasonal, the seasonal difference (a day unlike the day before); and the distance of the recent
 * downsampled pattern to its nearest remembered pattern ({@link PatternNovelty}), which catches new
 * shapes inside the usual range. The score is the largest relative excess, each weighted by the size
 * of the sample its range rests on (see `weightedExcess`), so a threshold is a tolerance in "fractions
 * of the range seen so far" (exactly so for a range of 750 values). Everything is learned from earlier
 * rows only: no file-wide minimum or maximum. O(patternMemory·8/patternStep + 1) time per row (a
 * constant) and O(period + patternMemory·8) memory.
 */
export function createRangeNoveltyDetector(options: RangeNoveltyOptions): RangeNoveltyDetector {
  const learningPeriod = checkInteger('learningPeriod', options.learningPeriod);
  const period = checkInteger('period', options.period ?? 0);
  const suppressionWindow = checkInteger('suppressionWindow', options.suppressionWindow ?? 100);
  const smoothing = options.smoothing ?? 0.1;
  if (!(smoothing > 0 && smoothing <= 1)) {
    throw new AppError('INVALID_INPUT', `smoothing must be in (0, 1]; got ${smoothing}`);
  }
  const horizon = options.rangeHorizon ?? 20_000;
  if (!(horizon > 1)) throw new AppError('INVALID_INPUT', `rangeHorizon must be > 1; got ${horizon}`);
  const patternStep = checkInteger(
    'patternStep',
    options.patternStep ?? Math.max(1, Math.floor(learningPeriod / (PATTERN_LENGTH * 13))),
  );
  const patternMemory = checkInteger('patternMemory', options.patternMemory ?? 512);
  if (patternMemory < 1)
    throw new AppError('INVALID_INPUT', `patternMemory must be ≥ 1; got ${patternMemory}`);
  const gate = options.seasonalGate ?? 0.5;
  if (!(gate >= 0)) throw new AppError('INVALID_INPUT', `seasonalGate must be ≥ 0; got ${gate}`);

  const valueRange = new ExpandingRange(horizon);
  const levelRange = new ExpandingRange(horizon);
  const seasonRange = new ExpandingRange(horizon);
  const patterns =
    patternStep > 0
      ? new PatternNovelty({ step: patternStep, length: PATTERN_LENGTH, memory: patternMemory })
      : undefined;
  const distanceRange = new ExpandingRange(Math.max(patternMemory, 2));
  const lagged = new Float64Array(Math.max(period, 1));
  const recent = suppressionWindow > 0 ? new SlidingMax(suppressionWindow) : undefined;
  const valueMoments = new Moments();
  const seasonMoments = new Moments();
  let level = Number.NaN;
  let rows = 0;
  let seasonal = false;

  /** Nearest-pattern distance at the end of a block once 32 patterns are stored; NaN otherwise. */
  const patternDistance = (value: number): number => {
    if (patterns === undefined) return Number.NaN;
    // Scaled by the range including this row (known now, so still causal).
    const width = Math.max(valueRange.max - valueRange.min, Number.MIN_VALUE);
    const distance = patterns.push(value, valueRange.min, width);
    return patterns.size >= 32 ? distance : Number.NaN;
  };

  return {
    get seasonal() {
      return seasonal;
    },
    update(value: number): number {
      if (!Number.isFinite(value)) return 0;
      const scoring = rows >= learningPeriod;
      level = rows === 0 ? value : level + smoothing * (value - level);
      const slot = period > 0 ? rows % period : 0;
      const hasLag = period > 0 && rows >= period;
      const seasonDiff = hasLag ? value - lagged[slot]! : 0;
      let excess = 0;
      const valueExcess = weightedExcess(valueRange, valueRange.excess(value));
      valueRange.push(value);
      const distance = patternDistance(value);
      if (scoring) {
        excess = Math.max(valueExcess, weightedExcess(levelRange, levelRange.excess(level)));
        if (seasonal) excess = Math.max(excess, weightedExcess(seasonRange, seasonRange.excess(seasonDiff)));
        if (distance > distanceRange.max) {
          excess = Math.max(excess, weightedExcess(distanceRange, distanceRange.excess(distance)));
        }
      } else {
        valueMoments.push(value);
        if (hasLag) seasonMoments.push(seasonDiff);
      }
      levelRange.push(level);
      if (hasLag) seasonRange.push(seasonDiff);
      if (Number.isFinite(distance)) distanceRange.push(distance);
      if (period > 0) lagged[slot] = value;
      rows++;
      if (rows === learningPeriod) {
        // Too few seasonal differences to judge (under 16) leaves the seasonal feature off.
        seasonal = seasonMoments.count >= 16 && seasonMoments.variance() < gate * valueMoments.variance();
      }
      const score = scoring ? rangeNoveltyScore(excess) : 0;
      if (recent === undefined) return score;
      const previous = recent.max();
      recent.push(score);
      return score > previous ? score : 0.1 * score;
    },
  };
}

/** Welford's running mean and variance (Welford 1962; Knuth TAOCP vol. 2 §4.2.2). */
class Moments {
  count = 0;
  private mean = 0;
  private m2 = 0;

  push(x: number): void {
    this.count++;
    const d = x - this.mean;
    this.mean += d / this.count;
    this.m2 += d * (x - this.mean);
  }

  /** Population variance (0 with fewer than two values). */
  variance(): number {
    return this.count > 1 ? this.m2 / this.count : 0;
  }
}
