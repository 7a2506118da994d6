/** Numenta Anomaly Benchmark (NAB v1.1) scoring: per-row sweep weights, corpus threshold sweep, normalisation. */
import { AppError } from '@zhizao/core';

/** Weights of one NAB application profile (config/profiles.json `CostMatrix`). */
export interface NabCostMatrix {
  readonly tpWeight: number;
  readonly fpWeight: number;
  readonly fnWeight: number;
}

/** The three official NAB profiles, as in numenta/NAB config/profiles.json. */
export const NAB_PROFILES: Readonly<Record<NabProfileName, NabCostMatrix>> = {
  standard: { tpWeight: 1, fpWeight: 0.11, fnWeight: 1 },
  reward_low_FP_rate: { tpWeight: 1, fpWeight: 0.22, fnWeight: 1 },
  reward_low_FN_rate: { tpWeight: 1, fpWeight: 0.11, fnWeight: 2 },
};

/** Names of the official NAB profiles. */
export type NabProfileName = 'standard' | 'reward_low_FP_rate' | 'reward_low_FN_rate';

/** One data file to score: row timestamps (any increasing numbers, e.g. epoch ms), detector scores, label windows. */
export interface NabFile {
  readonly timestamps: Float64Array;
  readonly scores: Float64Array;
  /** Window limits `[start, end]` as timestamps that occur exactly in `timestamps`, in time order. */
  readonly windows: ReadonlyArray<readonly [number, number]>;
}

/** Per-row weights of one file: what each row would add if it were a detection. */
export interface NabSweep {
  /** Weighted score of a detection at each row (NAB `sweepScore`). */
  readonly weights: Float64Array;
  /** Window index of each row within its file, -1 outside windows, -2 in the probationary period. */
  readonly windowOf: Int32Array;
  /** Number of windows in the file. */
  readonly windowCount: number;
}

/** Result of scoring at one threshold. */
export interface NabThresholdScore {
  readonly threshold: number;
  readonly rawScore: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

/**
 * NAB's scaled sigmoid of a relative window position (Lavin & Ahmad 2015, eq. 1; nab/sweeper.py):
 * 2·σ(−5y) − 1, and −1 for y > 3.
 */
export function nabScaledSigmoid(position: number): number {
  if (position > 3) return -1;
  return 2 / (1 + Math.exp(5 * position)) - 1;
}

/** NAB probationary length: min(floor(0.15·n), 0.15·5000) rows (nab/sweeper.py `_getProbationaryLength`). */
export function nabProbationLength(rowCount: number, probationPercent = 0.15): number {
  return Math.min(Math.floor(probationPercent * rowCount), probationPercent * 5000);
}

function indexOfTimestamp(timestamps: Float64Array, value: number, from: number): number {
  for (let i = from; i < timestamps.length; i++) if (timestamps[i] === value) return i;
  return -1;
}

/**
 * Per-row detection weights of one file, following nab/sweeper.py `calcSweepScore`: inside a window a
 * detection is worth σ-scaled position·tpWeight/σ(−1); outside it costs fpWeight scaled by the distance
 * past the previous window (full cost before any window); rows in probation are not scored.
 */
export function nabSweep(file: NabFile, costs: NabCostMatrix): NabSweep {
  const { timestamps, scores, windows } = file;
  if (timestamps.length !== scores.length) {
    throw new AppError(
      'INVALID_INPUT',
      `scores length ${scores.length} differs from timestamps length ${timestamps.length}`,
    );
  }
  const n = timestamps.length;
  const weights = new Float64Array(n);
  const windowOf = new Int32Array(n);
  const maxTp = nabScaledSigmoid(-1);
  const probation = nabProbationLength(n);
  let nextWindow = 0;
  let current = -1;
  let currentRight = -1;
  let currentWidth = 0;
  let previousRight = -1;
  let previousWidth = 0;
  for (let i = 0; i < n; i++) {
    const t = timestamps[i]!;
    const pending = windows[nextWindow];
    if (pending !== undefined && t === pending[0]) {
      current = nextWindow;
      nextWindow++;
      currentRight = indexOfTimestamp(timestamps, pending[1], i);
      currentWidth = currentRight - i + 1;
    }
    if (current >= 0) {
      const position = -(currentRight - i + 1) / currentWidth;
      weights[i] = (nabScaledSigmoid(position) * costs.tpWeight) / maxTp;
    } else if (previousRight < 0) {
      weights[i] = -costs.fpWeight;
    } else {
      weights[i] = nabScaledSigmoid(Math.abs(previousRight - i) / (previousWidth - 1)) * costs.fpWeight;
    }
    windowOf[i] = i >= probation ? current : -2;
    if (current >= 0 && t === windows[current]![1]) {
      previousRight = i;
      previousWidth = currentWidth;
      current = -1;
    }
  }
  return { weights, windowOf, windowCount: windows.length };
}

interface FlatCorpus {
  readonly scores: Float64Array;
  readonly weights: Float64Array;
  /** Corpus-wide window id, -1 outside windows; probation rows are dropped. */
  readonly window: Int32Array;
  readonly windowCount: number;
}

function flatten(files: readonly NabFile[], costs: NabCostMatrix): FlatCorpus {
  const sweeps = files.map((file) => nabSweep(file, costs));
  let total = 0;
  for (const sweep of sweeps) for (const w of sweep.windowOf) if (w !== -2) total++;
  const scores = new Float64Array(total);
  const weights = new Float64Array(total);
  const window = new Int32Array(total);
  let k = 0;
  let windowBase = 0;
  sweeps.forEach((sweep, f) => {
    const fileScores = files[f]!.scores;
    for (let i = 0; i < sweep.windowOf.length; i++) {
      const w = sweep.windowOf[i]!;
      if (w === -2) continue;
      scores[k] = fileScores[i]!;
      weights[k] = sweep.weights[i]!;
      window[k] = w < 0 ? -1 : windowBase + w;
      k++;
    }
    windowBase += sweep.windowCount;
  });
  return { scores, weights, window, windowCount: windowBase };
}

/**
 * Raw NAB score for every distinct threshold, highest first (nab/sweeper.py `calcScoreByThreshold`):
 * a row is a detection when its score ≥ threshold; each window counts its best detection or −fnWeight;
 * the first entry (threshold 1.1) has no detections.
 */
export function nabScoresByThreshold(files: readonly NabFile[], costs: NabCostMatrix): NabThresholdScore[] {
  const corpus = flatten(files, costs);
  const n = corpus.scores.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => corpus.scores[b]! - corpus.scores[a]!);
  // Only windows with a scorable row enter the score, as in `_prepareScoreByThresholdParts`.
  const parts = new Float64Array(corpus.windowCount).fill(Number.NaN);
  let windowTotal = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < n; i++) {
    const w = corpus.window[i]!;
    if (w < 0) tn++;
    else {
      fn++;
      if (Number.isNaN(parts[w]!)) {
        parts[w] = -costs.fnWeight;
        windowTotal -= costs.fnWeight;
      }
    }
  }
  let fpTotal = 0;
  let tp = 0;
  let fp = 0;
  let threshold = 1.1;
  const out: NabThresholdScore[] = [];
  for (const i of order) {
    const score = corpus.scores[i]!;
    if (score !== threshold) {
      out.push({ threshold, rawScore: fpTotal + windowTotal, tp, fp, fn, tn });
      threshold = score;
    }
    const w = corpus.window[i]!;
    if (w < 0) {
      fp++;
      tn--;
      fpTotal += corpus.weights[i]!;
    } else {
      tp++;
      fn--;
      const weight = corpus.weights[i]!;
      const old = parts[w]!;
      if (weight > old) {
        parts[w] = weight;
        windowTotal += weight - old;
      }
    }
  }
  out.push({ threshold, rawScore: fpTotal + windowTotal, tp, fp, fn, tn });
  return out;
}

/** The best threshold over the whole corpus (nab/optimizer.py: exhaustive sweep, first of equal scores). */
export function nabOptimizeThreshold(files: readonly NabFile[], costs: NabCostMatrix): NabThresholdScore {
  let best: NabThresholdScore | undefined;
  for (const row of nabScoresByThreshold(files, costs)) {
    if (best === undefined || row.rawScore > best.rawScore) best = row;
  }
  return best!;
}

/** Raw NAB score of one file at a threshold (detections are rows with score ≥ threshold). */
export function nabScoreFile(file: NabFile, costs: NabCostMatrix, threshold: number): NabThresholdScore {
  const sweep = nabSweep(file, costs);
  const best = new Float64Array(sweep.windowCount).fill(Number.NaN);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let fpTotal = 0;
  for (let i = 0; i < sweep.windowOf.length; i++) {
    const w = sweep.windowOf[i]!;
    if (w === -2) continue;
    const detected = file.scores[i]! >= threshold;
    if (w < 0) {
      if (detected) {
        fp++;
        fpTotal += sweep.weights[i]!;
      } else tn++;
      continue;
    }
    if (Number.isNaN(best[w]!)) best[w] = -costs.fnWeight;
    if (detected) {
      tp++;
      best[w] = Math.max(best[w]!, sweep.weights[i]!);
    } else fn++;
  }
  let rawScore = fpTotal;
  for (const value of best) if (!Number.isNaN(value)) rawScore += value;
  return { threshold, rawScore, tp, fp, fn, tn };
}

/**
 * Normalised NAB score 100·(raw − null)/(perfect − null) (nab/runner.py `normalize`), where the null
 * detector misses every window (raw = −fnWeight·windows) and the perfect one scores tpWeight·windows.
 */
export function nabNormalize(rawScore: number, costs: NabCostMatrix, windowCount: number): number {
  const nullScore = -costs.fnWeight * windowCount;
  const perfect = costs.tpWeight * windowCount;
  return (100 * (rawScore - nullScore)) / (perfect - nullScore);
}
