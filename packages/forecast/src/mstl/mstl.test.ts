import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/mstl.json' with { type: 'json' };
import { mstl } from './mstl.ts';
import { mstlForecast } from './mstl-forecast.ts';
import { seasonalStrength } from './seasonal-strength.ts';

interface MstlFixture {
  x: number[];
  periods: number[];
  trend: number[];
  seasonal24: number[];
  seasonal168: number[];
  remainder: number[];
}

const fixture = fixtures as unknown as MstlFixture;

function maxAbsDiff(a: ArrayLike<number>, b: number[]): number {
  let m = 0;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

describe('mstl against forecast::mstl on hourly data with periods 24 and 168', () => {
  it('reproduces trend, both seasonal components and the remainder', () => {
    const fit = mstl(Float64Array.from(fixture.x), { periods: [168, 24] });
    expect(fit.periods).toEqual([24, 168]);
    expect(maxAbsDiff(fit.trend, fixture.trend)).toBeLessThan(1e-8);
    expect(maxAbsDiff(fit.seasonal[0]!, fixture.seasonal24)).toBeLessThan(1e-8);
    expect(maxAbsDiff(fit.seasonal[1]!, fixture.seasonal168)).toBeLessThan(1e-8);
    expect(maxAbsDiff(fit.remainder, fixture.remainder)).toBeLessThan(1e-8);
  });
});

describe('mstl edge cases', () => {
  it('drops periods of half the length or more and smooths without any period', () => {
    const y = Float64Array.from({ length: 30 }, (_, i) => i + Math.sin(i));
    const fit = mstl(y, { periods: [20] });
    expect(fit.periods).toEqual([]);
    expect(fit.seasonal.length).toBe(0);
    for (let i = 0; i < 30; i++) expect(fit.trend[i]! + fit.remainder[i]!).toBeCloseTo(y[i]!, 10);
  });

  it('interpolates NaN for the fit and reports NaN remainder there', () => {
    const y = Float64Array.from(fixture.x.slice(0, 24 * 7));
    y[50] = Number.NaN;
    const fit = mstl(y, { periods: [24] });
    expect(Number.isNaN(fit.remainder[50]!)).toBe(true);
    expect(Number.isFinite(fit.trend[50]!)).toBe(true);
  });
});

describe('seasonalStrength', () => {
  it('is near 1 for a strongly seasonal series and near 0 for noise', () => {
    const seasonal = Float64Array.from(
      { length: 96 },
      (_, i) => 10 * Math.sin((2 * Math.PI * i) / 12) + (i % 5) * 0.1,
    );
    expect(seasonalStrength(seasonal, 12)).toBeGreaterThan(0.99);
    let state = 9;
    const noise = Float64Array.from({ length: 96 }, () => {
      state = (state * 16807) % 2147483647;
      return state / 2147483647;
    });
    expect(seasonalStrength(noise, 12)).toBeLessThan(0.64);
  });
});

describe('mstlForecast', () => {
  it('adds the last seasonal cycles to a non-seasonal ARIMA forecast of the adjusted series', () => {
    const y = Float64Array.from(fixture.x);
    const model = mstlForecast(y, { periods: [24, 168] });
    expect(model.model).toMatch(/^STL\(24,168\) \+ ARIMA/);
    const forecast = model.forecast(48);
    const decomposition = mstl(y, { periods: [24, 168] });
    const n = y.length;
    // Step h: ARIMA mean + seasonal24[n - 24 + h % 24] + seasonal168[n - 168 + h % 168].
    const adjustedMean =
      forecast.mean[30]! -
      decomposition.seasonal[0]![n - 24 + 6]! -
      decomposition.seasonal[1]![n - 168 + 30]!;
    expect(Math.abs(adjustedMean - (decomposition.trend[n - 1]! + 0.01 * 30))).toBeLessThan(3);
    expect(forecast.quantile(0.9)[30]!).toBeGreaterThan(forecast.mean[30]!);
    let error = 0;
    for (let h = 0; h < 48; h++) {
      const t = n + h + 1;
      const truth =
        20 +
        0.01 * t +
        4 * Math.sin((2 * Math.PI * t) / 24) +
        6 * Math.cos((2 * Math.PI * t) / 168) +
        2 * Math.sin((4 * Math.PI * t) / 168);
      error += Math.abs(forecast.mean[h]! - truth);
    }
    // Noise sd is 1: a good forecast of the signal has a mean absolute error well under 1.5.
    expect(error / 48).toBeLessThan(1.5);
  });
});
