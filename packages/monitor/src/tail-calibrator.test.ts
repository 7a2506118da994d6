import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { TailCalibrator } from './tail-calibrator.ts';

describe('TailCalibrator', () => {
  it('returns 1 while learning and for non-positive statistics', () => {
    const c = new TailCalibrator({ horizon: 1000, minSamples: 10 });
    for (let i = 0; i < 9; i++) c.add(i);
    expect(c.pValue(100)).toBe(1);
    c.add(1);
    expect(c.pValue(0)).toBe(1);
    expect(c.pValue(Number.NaN)).toBe(1);
    expect(c.pValue(100)).toBeLessThan(0.02);
  });

  it('gives nearly uniform p-values for fresh draws of the same statistic', () => {
    const rng = seededRandom(11);
    const c = new TailCalibrator({ horizon: 5000, minSamples: 50 });
    for (let i = 0; i < 3000; i++) c.add(Math.abs(rng.normal()));
    let below10 = 0;
    let below1 = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const p = c.pValue(Math.abs(rng.normal()));
      if (p < 0.1) below10++;
      if (p < 0.01) below1++;
    }
    expect(below10 / n).toBeGreaterThan(0.07);
    expect(below10 / n).toBeLessThan(0.13);
    expect(below1 / n).toBeGreaterThan(0.003);
    expect(below1 / n).toBeLessThan(0.02);
  });

  it('extrapolates the tail beyond the largest value seen, monotonically', () => {
    const rng = seededRandom(3);
    const c = new TailCalibrator({ horizon: 5000, minSamples: 50 });
    for (let i = 0; i < 2000; i++) c.add(Math.abs(rng.normal()));
    const p5 = c.pValue(5);
    const p20 = c.pValue(20);
    expect(p5).toBeLessThan(1e-3);
    expect(p20).toBeLessThan(p5);
    expect(p20).toBeGreaterThan(0);
  });

  it('forgets: after the statistic doubles for good, its p-values recover', () => {
    const rng = seededRandom(5);
    const c = new TailCalibrator({ horizon: 500, minSamples: 50 });
    for (let i = 0; i < 2000; i++) c.add(Math.abs(rng.normal()));
    expect(c.pValue(4)).toBeLessThan(0.01);
    for (let i = 0; i < 3000; i++) c.add(3 * Math.abs(rng.normal()));
    expect(c.pValue(4)).toBeGreaterThan(0.1);
  });

  it('pValueThenLearn gives the bits of pValue then a gated add, through rescaling and reset', () => {
    const rng = seededRandom(9);
    const fused = new TailCalibrator({ horizon: 20, minSamples: 32 });
    const separate = new TailCalibrator({ horizon: 20, minSamples: 32 });
    const gate = 0.01;
    let tail = 0;
    for (let i = 0; i < 20_000; i++) {
      const r = rng.next();
      // Mostly |normal|, with zeros, a negative, NaN and huge values (bin 127) mixed in.
      const x =
        r < 0.05 ? 0 : r < 0.06 ? -1 : r < 0.065 ? Number.NaN : r < 0.07 ? 1e9 : Math.abs(rng.normal());
      const expected = separate.pValue(x);
      if (expected >= gate) separate.add(x);
      const actual = fused.pValueThenLearn(x, gate);
      expect(Object.is(actual, expected)).toBe(true);
      if (expected < 0.02) tail++;
      if (i === 12_000) {
        fused.reset();
        separate.reset();
      }
    }
    expect(fused.samples).toBe(separate.samples);
    expect(tail).toBeGreaterThan(100);
  });
});
