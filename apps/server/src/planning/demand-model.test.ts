import { describe, expect, it } from 'vitest';
import { dailyFromForecast, dailyFromHistory, demandModel } from './demand-model.ts';

describe('demand model', () => {
  it('reads daily σ off the 80% interval and sums independent days over the lead time', () => {
    const daily = dailyFromForecast(
      [{ mean: 10, p10: 10 - 1.2815515655446004, p90: 10 + 1.2815515655446004 }],
      8,
    );
    expect(daily.sd[7]).toBeCloseTo(1, 12);
    const { demand } = demandModel(daily, 4, 0);
    expect(demand.leadTime.mean).toBeCloseTo(40, 9);
    expect(demand.leadTime.variance).toBeCloseTo(4, 9);
    expect(demand.protection.mean).toBeCloseTo(50, 9);
    expect(demand.periodMean).toBeCloseTo(10, 9);
  });

  it('adds μ²σ_L² for a variable lead time (Silver, Pyke & Peterson eq. 6.21)', () => {
    const daily = dailyFromForecast([{ mean: 10, p10: 10, p90: 10 }], 8);
    const { demand } = demandModel(daily, 5, 0.2);
    // σ_L = 0.2 · 5 = 1 day, so variance = 10² · 1² (the forecast itself has no spread).
    expect(demand.leadTime.variance).toBeCloseTo(100, 6);
  });

  it('bootstraps lead-time demand from rolling totals of the sales history', () => {
    const history = Float64Array.from({ length: 30 }, (_, t) => (t % 2 === 0 ? 2 : 4));
    const { demand, daily } = demandModel(dailyFromHistory(history, 10), 3, 0);
    expect(daily.source).toBe('sales-history');
    expect(daily.mean[0]).toBe(3);
    // Three-day windows alternate 8 (2+4+2) and 10 (4+2+4).
    expect(demand.leadTime.cdf(8)).toBeCloseTo(14 / 28, 12);
    expect(demand.leadTime.upper).toBe(10);
  });

  it('gives zero demand for a zero forecast and zero lead time', () => {
    const daily = dailyFromForecast([{ mean: 0, p10: 0, p90: 0 }], 3);
    const { demand } = demandModel(daily, 0, 0);
    expect(demand.leadTime.mean).toBe(0);
    expect(demand.protection.mean).toBe(0);
  });
});
