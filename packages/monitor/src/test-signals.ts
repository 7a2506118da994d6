/** Seeded synthetic sensor signals for the detector tests (not exported from the package). */
import { seededRandom } from '@zhizao/core';

/** Options of {@link sensorSignal}. */
export interface SignalOptions {
  readonly seed: number;
  readonly length: number;
  /** Season length in points (0 = none) and amplitude. */
  readonly period?: number;
  readonly amplitude?: number;
  readonly noise?: number;
  readonly level?: number;
}

/** Level + sine season + Gaussian noise. */
export function sensorSignal(options: SignalOptions): Float64Array {
  const rng = seededRandom(options.seed);
  const { length, period = 0, amplitude = 0, noise = 1, level = 50 } = options;
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const season = period > 0 ? amplitude * Math.sin((2 * Math.PI * i) / period) : 0;
    out[i] = level + season + noise * rng.normal();
  }
  return out;
}

/** Runs a fresh univariate detector over a series and returns its scores. */
export function scoreSeries(
  update: (timestamp: number, values: ArrayLike<number>) => number,
  series: Float64Array,
): Float64Array {
  const scores = new Float64Array(series.length);
  const row = new Float64Array(1);
  for (let i = 0; i < series.length; i++) {
    row[0] = series[i]!;
    scores[i] = update(i * 60_000, row);
  }
  return scores;
}

/** First index ≥ from whose score reaches the threshold, or -1. */
export function firstAlarm(scores: Float64Array, threshold: number, from: number): number {
  for (let i = from; i < scores.length; i++) if (scores[i]! >= threshold) return i;
  return -1;
}

/** Fraction of scores in [from, to) at or above the threshold. */
export function alarmRate(scores: Float64Array, threshold: number, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (scores[i]! >= threshold) count++;
  return count / (to - from);
}
