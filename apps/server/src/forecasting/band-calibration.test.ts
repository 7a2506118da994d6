import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { type BandFold, bandFactor, calibrateQuantiles, scaleBand } from './band-calibration.ts';

/** Normal(10, sd) actuals against a band of ±halfWidth around 10. */
function folds(options: { seed: number; sd: number; halfWidth: number; days: number }): BandFold[] {
  const random = seededRandom(options.seed);
  const actual = Float64Array.from({ length: options.days }, () => 10 + options.sd * random.normal());
  const fill = (v: number) => new Float64Array(options.days).fill(v);
  return [
    { actual, lower: fill(10 - options.halfWidth), median: fill(10), upper: fill(10 + options.halfWidth) },
  ];
}

describe('bandFactor', () => {
  it('widens a band that is half as wide as it should be to about the right width', () => {
    // True 80% half-width is 1.2816·sd = 2.56; the model claims 1.28, so the factor should be about 2.
    const result = bandFactor(folds({ seed: 1, sd: 2, halfWidth: 1.2816, days: 2000 }), 0.8);
    expect(result.reason).toBe('widened');
    expect(result.coverage).toBeGreaterThan(0.42);
    expect(result.coverage).toBeLessThan(0.54);
    expect(result.factor).toBeGreaterThan(1.85);
    expect(result.factor).toBeLessThan(2.15);
    expect(result.points).toBe(2000);
  });

  it('calibrated factors cover fresh data from the same process at about the nominal rate', () => {
    const { factor } = bandFactor(folds({ seed: 2, sd: 1.5, halfWidth: 1, days: 400 }), 0.95);
    const [fresh] = folds({ seed: 3, sd: 1.5, halfWidth: 1, days: 4000 });
    const band = scaleBand(fresh!, factor);
    let inside = 0;
    for (let i = 0; i < 4000; i++)
      if (fresh!.actual[i]! >= band.lower[i]! && fresh!.actual[i]! <= band.upper[i]!) inside++;
    expect(inside / 4000).toBeGreaterThan(0.93);
    expect(inside / 4000).toBeLessThan(0.97);
  });

  it('keeps a band that covers about nominal and narrows only under clear over-coverage', () => {
    const right = bandFactor(folds({ seed: 4, sd: 1, halfWidth: 1.2816, days: 60 }), 0.8);
    expect(right.factor).toBeGreaterThanOrEqual(1);
    const wide = bandFactor(folds({ seed: 5, sd: 1, halfWidth: 5, days: 200 }), 0.8);
    expect(wide.reason).toBe('narrowed');
    expect(wide.factor).toBe(0.5);
  });

  it('leaves short backtests alone and caps bands of zero width', () => {
    expect(bandFactor(folds({ seed: 6, sd: 5, halfWidth: 1, days: 10 }), 0.8)).toMatchObject({
      factor: 1,
      reason: 'too-few-points',
      points: 10,
    });
    expect(bandFactor([], 0.95)).toMatchObject({ factor: 1, reason: 'too-few-points', points: 0 });
    expect(bandFactor(folds({ seed: 7, sd: 1, halfWidth: 0, days: 50 }), 0.8)).toMatchObject({
      factor: 4,
      reason: 'capped',
      coverage: 0,
    });
  });

  it('does not narrow the band of a SKU whose backtest saw no sales at all', () => {
    const zero = new Float64Array(56);
    const upper = new Float64Array(56).fill(3);
    const result = bandFactor([{ actual: zero, lower: zero, median: zero, upper }], 0.95);
    expect(result).toMatchObject({ factor: 1, reason: 'no-demand', coverage: 1, points: 56 });
  });
});

describe('calibrateQuantiles', () => {
  it('scales each band around the median, clamps at zero and keeps the 95% band outside the 80% band', () => {
    const q = [
      Float64Array.of(2, 0),
      Float64Array.of(3, 0),
      Float64Array.of(5, 1),
      Float64Array.of(7, 2),
      Float64Array.of(8, 3),
    ];
    const [lo95, lo80, median, hi80, hi95] = calibrateQuantiles(q, 2, 1);
    expect(Array.from(lo80!)).toEqual([1, 0]);
    expect(Array.from(hi80!)).toEqual([9, 3]);
    expect(Array.from(median!)).toEqual([5, 1]);
    // Factor 1 would leave the 95% band (2..8) inside the widened 80% band (1..9); it is pushed out to it.
    expect(Array.from(lo95!)).toEqual([1, 0]);
    expect(Array.from(hi95!)).toEqual([9, 3]);
  });
});
