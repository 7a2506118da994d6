import { describe, expect, it } from 'vitest';
import type { NabFile } from './nab-scorer.ts';
import {
  NAB_PROFILES,
  nabNormalize,
  nabOptimizeThreshold,
  nabProbationLength,
  nabScaledSigmoid,
  nabScoreFile,
  nabScoresByThreshold,
  nabSweep,
} from './nab-scorer.ts';

const standard = NAB_PROFILES.standard;
const sig = nabScaledSigmoid;

/** 20 rows at t = 0..19, probation 3 rows, one window [10, 13]. */
function file(detections: Record<number, number>): NabFile {
  const scores = new Float64Array(20);
  for (const [row, score] of Object.entries(detections)) scores[Number(row)] = score;
  return { timestamps: Float64Array.from({ length: 20 }, (_, i) => i), scores, windows: [[10, 13]] };
}

describe('NAB helpers', () => {
  it('scaled sigmoid matches the documented values', () => {
    expect(sig(0)).toBeCloseTo(0, 12);
    expect(sig(-1)).toBeCloseTo(0.98661, 5);
    expect(sig(-0.5)).toBeCloseTo(0.84828, 5);
    expect(sig(1)).toBeCloseTo(-0.98661, 5);
    expect(sig(3.5)).toBe(-1);
  });

  it('probation is 15% of the rows, at most 750', () => {
    expect(nabProbationLength(20)).toBe(3);
    expect(nabProbationLength(4032)).toBe(604);
    expect(nabProbationLength(22_695)).toBe(750);
  });

  it('normalises null to 0 and perfect to 100', () => {
    expect(nabNormalize(-116, standard, 116)).toBe(0);
    expect(nabNormalize(116, standard, 116)).toBe(100);
    expect(nabNormalize(-232, NAB_PROFILES.reward_low_FN_rate, 116)).toBe(0);
  });
});

describe('nabSweep', () => {
  it('weights rows before, inside and after a window', () => {
    const sweep = nabSweep(file({}), standard);
    expect(Array.from(sweep.windowOf.slice(0, 4))).toEqual([-2, -2, -2, -1]);
    expect(sweep.weights[5]).toBeCloseTo(-0.11, 12);
    expect(sweep.weights[10]).toBeCloseTo(1, 12);
    expect(sweep.weights[12]).toBeCloseTo(sig(-0.5) / sig(-1), 12);
    expect(sweep.weights[13]).toBeCloseTo(sig(-0.25) / sig(-1), 12);
    expect(sweep.weights[14]).toBeCloseTo(sig(1 / 3) * 0.11, 12);
    expect(sweep.windowOf[13]).toBe(0);
    expect(sweep.windowOf[14]).toBe(-1);
  });

  it('rejects scores and timestamps of different lengths', () => {
    const bad = { ...file({}), scores: new Float64Array(3) };
    expect(() => nabSweep(bad, standard)).toThrow(/scores length 3 differs from timestamps length 20/);
  });
});

describe('nabScoreFile', () => {
  it('counts a missed window as -fnWeight and ignores probation', () => {
    expect(nabScoreFile(file({ 1: 1 }), standard, 0.5).rawScore).toBe(-1);
  });

  it('credits the earliest detection in a window and charges false positives', () => {
    const result = nabScoreFile(file({ 12: 0.9, 11: 0.7, 5: 0.95, 14: 0.6 }), standard, 0.6);
    const expected = sig(-0.75) / sig(-1) - 0.11 + sig(1 / 3) * 0.11;
    expect(result.rawScore).toBeCloseTo(expected, 12);
    expect(result.tp).toBe(2);
    expect(result.fp).toBe(2);
    expect(result.fn).toBe(2);
    expect(result.tn).toBe(20 - 3 - 6);
  });
});

describe('threshold sweep', () => {
  const f = file({ 12: 0.9, 5: 0.95, 16: 0.8 });

  it('lists every distinct threshold, starting with no detections', () => {
    const rows = nabScoresByThreshold([f], standard);
    expect(rows[0]).toMatchObject({ threshold: 1.1, rawScore: -1, tp: 0, fp: 0 });
    expect(rows.map((r) => r.threshold)).toEqual([1.1, 0.95, 0.9, 0.8, 0]);
    expect(rows[1]!.rawScore).toBeCloseTo(-1.11, 12);
  });

  it('agrees with per-file scoring and picks the best threshold', () => {
    const best = nabOptimizeThreshold([f], standard);
    expect(best.threshold).toBe(0.9);
    expect(best.rawScore).toBeCloseTo(-0.11 + sig(-0.5) / sig(-1), 12);
    for (const row of nabScoresByThreshold([f, file({ 11: 0.8 })], standard)) {
      const sum =
        nabScoreFile(f, standard, row.threshold).rawScore +
        nabScoreFile(file({ 11: 0.8 }), standard, row.threshold).rawScore;
      expect(row.rawScore).toBeCloseTo(sum, 12);
    }
  });
});
