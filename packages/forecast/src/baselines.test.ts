import { describe, expect, it } from 'vitest';
import { meanForecast, naive, randomWalkDrift, seasonalNaive, windowAverage } from './baselines.ts';
import { naive2 } from './naive2.ts';

describe('baseline point forecasts (FPP3 §5.2)', () => {
  const y = [3, 5, 4, 6, 8, 7, 9, 11];
  it('naive repeats the last value, seasonal naive the last season', () => {
    expect(Array.from(naive(y).forecast(3).mean)).toEqual([11, 11, 11]);
    expect(Array.from(seasonalNaive(y, { season: 3 }).forecast(5).mean)).toEqual([7, 9, 11, 7, 9]);
  });
  it('drift extrapolates the line through the first and last points', () => {
    expect(randomWalkDrift(y).forecast(2).mean[1]).toBeCloseTo(11 + 2 * (8 / 7), 12);
  });
  it('mean and window average', () => {
    expect(meanForecast(y).forecast(1).mean[0]).toBeCloseTo(53 / 8, 12);
    expect(windowAverage(y, { season: 1, window: 3 }).forecast(1).mean[0]).toBeCloseTo(9, 12);
    expect(() => windowAverage(y, { season: 1, window: 0 })).toThrow(/options.window/);
  });
  it('naive intervals widen with sqrt(h)', () => {
    const f = naive(y).forecast(4);
    const w1 = f.quantile(0.975)[0]! - f.mean[0]!;
    const w4 = f.quantile(0.975)[3]! - f.mean[3]!;
    expect(w4 / w1).toBeCloseTo(2, 12);
  });
  it('nonNegative clamps the lower quantiles at zero', () => {
    const f = naive([1, 0, 2, 0, 1], { season: 1, nonNegative: true }).forecast(3);
    expect(Math.min(...f.quantile(0.05))).toBe(0);
  });
  it('Naive2 reseasonalises a seasonal series and equals naive otherwise', () => {
    const seasonal = Array.from(
      { length: 48 },
      (_, t) => (100 + t) * (1 + 0.4 * Math.cos((2 * Math.PI * t) / 4)),
    );
    const f = naive2(seasonal, { season: 4 }).forecast(4).mean;
    // The forecasts follow the seasonal shape: position 0 (t = 48) is the seasonal peak.
    expect(f[0]!).toBeGreaterThan(f[2]!);
    expect(Array.from(naive2(y, { season: 1 }).forecast(2).mean)).toEqual([11, 11]);
    expect(naive2(y, { season: 1 }).forecast(2).model).toBe('Naive2');
  });
});
