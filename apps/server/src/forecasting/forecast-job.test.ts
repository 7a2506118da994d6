import { describe, expect, it } from 'vitest';
import { type ForecastJob, QUANTILES, runForecastJob } from './forecast-job.ts';

function job(values: Float64Array, horizon = 14): ForecastJob {
  return { sku: 'S', startDay: 19_000, values, horizon, backtestHorizon: 7, backtestOrigins: 2 };
}

describe('runForecastJob', () => {
  it('forecasts a weekly pattern with ordered, non-negative quantiles and backtests it', () => {
    const values = Float64Array.from({ length: 70 }, (_, t) => (t % 7 >= 5 ? 2 : 12) + (t % 3));
    const result = runForecastJob(job(values));
    expect(result.season).toBe(7);
    expect(result.mean).toHaveLength(14);
    expect(result.quantiles).toHaveLength(QUANTILES.length);
    for (let k = 0; k < 14; k++) {
      for (let q = 1; q < QUANTILES.length; q++) {
        expect(result.quantiles[q]![k]!).toBeGreaterThanOrEqual(result.quantiles[q - 1]![k]! - 1e-9);
      }
      expect(result.quantiles[0]![k]!).toBeGreaterThanOrEqual(0);
    }
    // Weekends (day numbers ≡ 5, 6 mod 7 from the start) stay low in the forecast.
    expect(result.mean[0]!).toBeGreaterThan(result.mean[5]!);
    expect(result.backtest).toMatchObject({ horizon: 7, folds: 2 });
    expect(result.backtest?.mase).toBeLessThan(1);
  });

  it('forecasts zero for an all-zero series', () => {
    const result = runForecastJob(job(new Float64Array(40)));
    expect(Array.from(result.mean)).toEqual(new Array(14).fill(0));
    expect(Array.from(result.quantiles[4]!)).toEqual(new Array(14).fill(0));
  });

  it('falls back to the mean for a SKU with one sale and skips its backtest', () => {
    const result = runForecastJob(job(Float64Array.of(6)));
    expect(result.mean).toHaveLength(14);
    expect(result.mean[0]).toBeCloseTo(6, 6);
    expect(result.backtest).toBeNull();
  });
});
