import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { type ForecastJob, fitDemand, QUANTILES, runForecastJob } from './forecast-job.ts';

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

  it('widens the stored bands by the backtest factors and records them in params', () => {
    // Calm history, then the spread triples: the model's bands (fitted mostly on calm days) are too narrow.
    const random = seededRandom(11);
    const values = Float64Array.from({ length: 168 }, (_, t) =>
      Math.max(0, 20 + (t < 100 ? 1 : 6) * random.normal()),
    );
    const long = { ...job(values, 30), backtestHorizon: 14, backtestOrigins: 3 };
    const result = runForecastJob(long);
    const params = result.params;
    expect(params).toMatchObject({
      bandCalibration: 'backtest-conformal',
      bandPoints: 42,
      bandReason80: 'widened',
    });
    const factor80 = params.bandFactor80 as number;
    const factor95 = params.bandFactor95 as number;
    expect(factor80).toBeGreaterThan(1.2);
    expect(factor95).toBeGreaterThan(1);
    const raw = fitDemand(values, false).fit.forecast(30);
    const [r10, r50, r90] = [0.1, 0.5, 0.9].map((p) => raw.quantile(p));
    for (const k of [0, 13, 29]) {
      expect(result.quantiles[2]![k]!).toBeCloseTo(r50![k]!, 9);
      expect(result.quantiles[3]![k]! - r50![k]!).toBeCloseTo(factor80 * (r90![k]! - r50![k]!), 2);
      expect(r50![k]! - result.quantiles[1]![k]!).toBeCloseTo(factor80 * (r50![k]! - r10![k]!), 2);
      expect(result.quantiles[0]![k]!).toBeLessThanOrEqual(result.quantiles[1]![k]!);
      expect(result.quantiles[4]![k]!).toBeGreaterThanOrEqual(result.quantiles[3]![k]!);
    }
    // Out-of-sample check on the last fold (factors from the first two folds) is stored beside the factors.
    expect(result.backtest?.holdout?.days).toBe(14);
    expect(params.bandHoldout80After as number).toBeGreaterThanOrEqual(params.bandHoldout80Before as number);
    expect(result.backtest?.coverage80).toBeLessThan(0.8);
  });

  it('keeps the model bands when the backtest is too short to calibrate them', () => {
    const values = Float64Array.from({ length: 70 }, (_, t) => (t % 7 >= 5 ? 2 : 12) + (t % 3));
    const result = runForecastJob(job(values));
    expect(result.params).toMatchObject({ bandFactor80: 1, bandFactor95: 1, bandReason80: 'too-few-points' });
    const raw = fitDemand(values, false).fit.forecast(14).quantile(0.975);
    expect(result.quantiles[4]![3]!).toBeCloseTo(Math.max(0, raw[3]!), 9);
  });

  it('estimates a promotion lift from the sales flags and applies planned promotions ahead', () => {
    // 2022-03-01 on: 182 days of weekly demand, a 7-day promotion (× 1.8) every 35 days, one planned ahead.
    const random = seededRandom(12);
    const startDay = 19_052;
    const n = 182;
    const promotion = new Uint8Array(n + 28);
    for (let start = 10; start < n + 28; start += 35) promotion.fill(1, start, start + 7);
    const values = Float64Array.from({ length: n }, (_, t) =>
      random.poisson((t % 7 >= 5 ? 10 : 30) * (promotion[t] === 1 ? 1.8 : 1)),
    );
    const base = { ...job(values, 28), startDay, backtestHorizon: 14, backtestOrigins: 2 };
    const result = runForecastJob({ ...base, promotion });
    expect(String(result.params.regressors)).toContain('promotion');
    expect(result.model).toMatch(/\+X$/);
    const lift = result.params['effect.promotion'] as number;
    expect(lift).toBeGreaterThan(1.5);
    expect(lift).toBeLessThan(2.1);
    // Days 185..191 ahead (offsets 3..9 of the horizon) are promoted; compare with the same weekdays a week later.
    expect(promotion[n + 3]).toBe(1);
    expect(promotion[n + 10]).toBe(0);
    for (let k = 3; k < 10; k++) expect(result.mean[k]! / result.mean[k + 7]!).toBeCloseTo(lift, 1);
    const plain = runForecastJob({ ...base, promotion, regressors: false });
    expect(plain.params.regressors).toBeUndefined();
    expect(plain.model).not.toMatch(/\+X$/);
  });
});
