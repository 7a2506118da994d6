import { describe, expect, it } from 'vitest';
import { coverage, mae, mase, msis, owa, pinballLoss, rmsse, seasonalNaiveScale, smape } from './metrics.ts';

const f64 = (...v: number[]): Float64Array => Float64Array.from(v);

describe('metrics (M4 definitions)', () => {
  it('sMAPE is the mean of 200|y−f|/(|y|+|f|) and treats 0/0 as 0', () => {
    expect(smape(f64(100, 200), f64(110, 180))).toBeCloseTo((2000 / 210 + 4000 / 380) / 2, 12);
    expect(smape(f64(0, 10), f64(0, 10))).toBe(0);
  });
  it('MASE scales by the in-sample seasonal naive MAE', () => {
    const insample = f64(1, 2, 3, 4, 6, 8);
    expect(seasonalNaiveScale(insample, 1)).toBeCloseTo(7 / 5, 12);
    expect(seasonalNaiveScale(insample, 2)).toBeCloseTo((2 + 2 + 3 + 4) / 4, 12);
    expect(mase(insample, f64(10, 12), f64(9, 14), 2)).toBeCloseTo(1.5 / 2.75, 12);
  });
  it('RMSSE, MAE and pinball loss', () => {
    const insample = f64(1, 3, 2, 4);
    expect(rmsse(insample, f64(5, 5), f64(4, 7))).toBeCloseTo(Math.sqrt(2.5 / 3), 12);
    expect(mae(f64(1, 2), f64(2, 4))).toBe(1.5);
    expect(pinballLoss(f64(10, 10), f64(8, 12), 0.9)).toBeCloseTo((0.9 * 2 + 0.1 * 2) / 2, 12);
  });
  it('MSIS penalises misses by 2/α and coverage counts hits', () => {
    const insample = f64(0, 1, 2, 3);
    const actual = f64(5, 10, 0);
    const lower = f64(4, 4, 1);
    const upper = f64(6, 6, 2);
    const expected = (2 + (2 + 40 * 4) + (1 + 40 * 1)) / 3 / 1;
    expect(msis(insample, actual, { lower, upper }, { m: 1 })).toBeCloseTo(expected, 12);
    expect(coverage(actual, lower, upper)).toBeCloseTo(1 / 3, 12);
  });
  it('OWA averages the two ratios to Naive2', () => {
    expect(owa({ smape: 9, mase: 2.5 }, { smape: 10, mase: 2.5 })).toBeCloseTo(0.95, 12);
  });
  it('a constant in-sample gives an infinite MASE rather than a silent zero', () => {
    expect(mase(f64(3, 3, 3), f64(4), f64(3), 1)).toBe(Number.POSITIVE_INFINITY);
  });
});
