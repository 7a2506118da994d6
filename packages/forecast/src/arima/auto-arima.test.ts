import { describe, expect, it } from 'vitest';
import { autoArima } from './auto-arima.ts';
import fixtures from './fixtures/auto-arima.json' with { type: 'json' };

interface AutoCase {
  name: string;
  x: number[];
  period: number;
  model: string;
  aicc: number;
  mean: number[];
}

const cases = fixtures as unknown as AutoCase[];
/** The m = 12 searches take seconds each; set ZHIZAO_SLOW_TESTS=1 to run them (the m = 4 austres case stays). */
const slow = new Set(['USAccDeaths', 'AirPassengers', 'airlike']);

describe('autoArima against forecast::auto.arima (scripts/r-fixtures/arima.R)', () => {
  for (const c of cases) {
    it.skipIf(slow.has(c.name) && process.env.ZHIZAO_SLOW_TESTS === undefined)(
      `${c.name} -> ${c.model}`,
      () => {
        const fit = autoArima(Float64Array.from(c.x), { season: c.period });
        expect(fit.model).toBe(c.model);
        expect(fit.aicc!).toBeCloseTo(c.aicc, 4);
        const mean = fit.forecast(c.mean.length).mean;
        for (let i = 0; i < c.mean.length; i++) {
          expect(Math.abs(mean[i]! - c.mean[i]!) / Math.max(1, Math.abs(c.mean[i]!))).toBeLessThan(1e-5);
        }
      },
    );
  }
});

function seededWalk(n: number, seed: number): Float64Array {
  let state = seed;
  const y = new Float64Array(n);
  let level = 100;
  for (let i = 0; i < n; i++) {
    state = (state * 16807) % 2147483647;
    level += state / 2147483647 - 0.45;
    y[i] = level;
  }
  return y;
}

describe('autoArima edge cases', () => {
  it('returns the mean model for a constant series, with a flat forecast and no spread', () => {
    const fit = autoArima(new Float64Array(12).fill(7), { season: 1 });
    expect(fit.model).toBe('ARIMA(0,0,0) with non-zero mean');
    const forecast = fit.forecast(3);
    expect(Array.from(forecast.mean)).toEqual([7, 7, 7]);
    expect(Array.from(forecast.quantile(0.95))).toEqual([7, 7, 7]);
  });

  it('handles an all-zero series', () => {
    const forecast = autoArima(new Float64Array(30), { season: 12 }).forecast(4);
    expect(Array.from(forecast.mean)).toEqual([0, 0, 0, 0]);
  });

  it('fits very short series (2, 3 and 5 points)', () => {
    expect(autoArima(Float64Array.from([1, 2]), { season: 1 }).forecast(1).mean[0]).toBeTypeOf('number');
    const three = autoArima(Float64Array.from([1, 3, 2]), { season: 1 });
    expect(Number.isFinite(three.forecast(2).mean[1]!)).toBe(true);
    const five = autoArima(Float64Array.from([1, 3, 2, 5, 4]), { season: 4 });
    expect(Number.isFinite(five.forecast(2).quantile(0.9)[1]!)).toBe(true);
  });

  it('treats NaN as missing, as R does, keeping NaN fitted values at leading gaps', () => {
    const y = seededWalk(60, 11);
    y[0] = Number.NaN;
    y[20] = Number.NaN;
    y[21] = Number.NaN;
    const fit = autoArima(y, { season: 1 });
    expect(Number.isNaN(fit.fitted[0]!)).toBe(true);
    expect(Number.isFinite(fit.forecast(5).mean[4]!)).toBe(true);
  });

  it('selects a model for 10 000 points with the CSS approximation', () => {
    const fit = autoArima(seededWalk(10_000, 5), { season: 1 });
    expect(fit.model).toMatch(/^ARIMA\(\d,1,\d\)/);
    const forecast = fit.forecast(10);
    expect(forecast.quantile(0.975)[9]!).toBeGreaterThan(forecast.mean[9]!);
  });
});
