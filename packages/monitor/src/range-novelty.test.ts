import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { createRangeNoveltyDetector, RANGE_NOVELTY_TOLERANCE, rangeNoveltyScore } from './range-novelty.ts';

const FIXED = rangeNoveltyScore(RANGE_NOVELTY_TOLERANCE);

describe('createRangeNoveltyDetector', () => {
  it('checks its options, naming the argument and value', () => {
    expect(() => createRangeNoveltyDetector({ learningPeriod: -1 })).toThrow(/learningPeriod.*-1/);
    expect(() => createRangeNoveltyDetector({ learningPeriod: 10, period: 2.5 })).toThrow(/period.*2\.5/);
    expect(() => createRangeNoveltyDetector({ learningPeriod: 10, smoothing: 0 })).toThrow(/smoothing.*0/);
    expect(() => createRangeNoveltyDetector({ learningPeriod: 10, rangeHorizon: 1 })).toThrow(
      /rangeHorizon.*1/,
    );
    expect(() => createRangeNoveltyDetector({ learningPeriod: 10, patternMemory: 0 })).toThrow(
      /patternMemory.*0/,
    );
    expect(() => createRangeNoveltyDetector({ learningPeriod: 10, seasonalGate: -1 })).toThrow(
      /seasonalGate/,
    );
  });

  it('maps a relative excess e to e/(1+e)', () => {
    expect(rangeNoveltyScore(0)).toBe(0);
    expect(rangeNoveltyScore(1)).toBe(0.5);
    expect(FIXED).toBeCloseTo(0.05 / 1.05, 15);
  });

  it('scores 0 while learning and for missing values', () => {
    const d = createRangeNoveltyDetector({ learningPeriod: 5 });
    const scores = [1, 2, 1, 2, 1000].map((x) => d.update(x));
    expect(scores).toEqual([0, 0, 0, 0, 0]);
    expect(d.update(Number.NaN)).toBe(0);
    expect(d.update(1e6)).toBeGreaterThan(0.99);
  });

  it('flags a spike far outside the range and stays quiet on ordinary noise', () => {
    const rng = seededRandom(7);
    const d = createRangeNoveltyDetector({ learningPeriod: 500 });
    let alarms = 0;
    for (let i = 0; i < 5000; i++) if (d.update(rng.normal()) >= FIXED) alarms++;
    // Records of Gaussian noise beyond 5% of the range are rare once 500 values are known.
    expect(alarms).toBeLessThanOrEqual(5);
    // The range is about ±3.9σ by now, so 12σ lies ~1 range width above it, weighted by ln 5500/ln 750.
    const spike = d.update(12);
    expect(spike).toBeGreaterThan(0.5);
    expect(spike).toBeLessThan(0.75);
  });

  it('takes an excess at face value for a range of 750 values', () => {
    const d = createRangeNoveltyDetector({
      learningPeriod: 750,
      patternStep: 0,
      rangeHorizon: Number.POSITIVE_INFINITY,
    });
    // Ends on 0 so the EW level stays inside its own range.
    for (let i = 0; i < 750; i++) d.update((i + 1) % 2);
    expect(d.update(1.05)).toBeCloseTo(FIXED, 12);
  });

  it('flags a level shift that stays inside the range of past values', () => {
    const d = createRangeNoveltyDetector({ learningPeriod: 200, suppressionWindow: 0, patternStep: 0 });
    let quiet = 0;
    for (let i = 0; i < 400; i++) quiet = Math.max(quiet, d.update(i % 2 === 0 ? -1 : 1));
    // The EW level creeps towards its ±0.05 oscillation, setting only minute records.
    expect(quiet).toBeLessThan(1e-3);
    let first = -1;
    for (let i = 0; i < 50; i++) {
      if (d.update(0.9) >= FIXED && first < 0) first = i;
    }
    // Values in [-1, 1] throughout; the EW level (α = 0.1) leaves its ±0.05 band within a couple of rows.
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(3);
  });

  it('uses the seasonal difference only on seasonal data, and then flags a missing day', () => {
    const rng = seededRandom(3);
    const period = 24;
    const seasonal = createRangeNoveltyDetector({
      learningPeriod: 240,
      period,
      suppressionWindow: 0,
      patternStep: 0,
    });
    const noisy = createRangeNoveltyDetector({ learningPeriod: 240, period });
    const wave = (t: number) => Math.sin((2 * Math.PI * t) / period) + 0.02 * rng.normal();
    let alarmsBefore = 0;
    for (let t = 0; t < 24 * 30; t++) {
      if (seasonal.update(wave(t)) >= FIXED) alarmsBefore++;
      noisy.update(rng.normal());
    }
    expect(seasonal.seasonal).toBe(true);
    expect(noisy.seasonal).toBe(false);
    expect(alarmsBefore).toBe(0);
    // A flat day at the mean: values and level stay inside their ranges; the seasonal difference leaves
    // its ±0.1 band at once (−sin(2π/24) ≈ −0.26 on the first row that differs).
    const flat = Array.from({ length: period }, () => seasonal.update(0.02 * rng.normal()));
    expect(flat[0]).toBeLessThan(FIXED);
    expect(flat[1]).toBeGreaterThan(0.4);
  });

  it('raises one alarm per excursion with the de-duplication window', () => {
    const make = (suppressionWindow: number) => {
      const d = createRangeNoveltyDetector({
        learningPeriod: 100,
        suppressionWindow,
        patternStep: 0,
        rangeHorizon: Number.POSITIVE_INFINITY,
      });
      for (let i = 0; i < 200; i++) d.update(i % 2);
      return [d.update(3), d.update(2.9), d.update(20)];
    };
    const plain = make(0);
    const deduplicated = make(100);
    expect(deduplicated[0]).toBe(plain[0]);
    expect(deduplicated[1]).toBeCloseTo(0.1 * plain[1]!, 12);
    expect(deduplicated[2]).toBe(plain[2]);
    // Excess 2 and 17/3 of the range, weighted by ln(n)/ln(750) for the 200 and 202 values behind it.
    expect(plain[0]).toBeCloseTo(rangeNoveltyScore((2 * Math.log(200)) / Math.log(750)), 12);
    expect(plain[2]).toBeCloseTo(rangeNoveltyScore(((17 / 3) * Math.log(202)) / Math.log(750)), 12);
  });

  it('flags a new shape inside the known range through the pattern memory', () => {
    const run = (patternStep: number) => {
      const d = createRangeNoveltyDetector({ learningPeriod: 400, suppressionWindow: 0, patternStep });
      // A triangle wave of period 16 between 0 and 1: every 8-point pattern recurs.
      const triangle = (t: number) => Math.abs((t % 16) - 8) / 8;
      for (let t = 0; t < 2000; t++) expect(d.update(triangle(t))).toBeLessThan(FIXED);
      // Then a triangle twice as fast over the same range: values and level stay inside their ranges.
      let peak = 0;
      for (let t = 0; t < 64; t++) peak = Math.max(peak, d.update(Math.abs((t % 8) - 4) / 4));
      return peak;
    };
    expect(run(1)).toBeGreaterThan(FIXED);
    expect(run(0)).toBeLessThan(FIXED);
  });
});
