import { isAppError } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { arima } from './arima.ts';
import fixtures from './fixtures/arima-fixed.json' with { type: 'json' };

interface FixedCase {
  name: string;
  x: (number | null)[];
  period: number;
  order: [number, number, number];
  seasonal: [number, number, number];
  constant: boolean;
  model: string;
  coef: Record<string, number>;
  sigma2: number;
  loglik: number;
  aicc: number;
  mean: number[];
  lower80: number[];
  upper80: number[];
  lower95: number[];
  upper95: number[];
}

const cases = fixtures as unknown as FixedCase[];

function expectClose(actual: ArrayLike<number>, expected: number[], tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i]! - expected[i]!) / Math.max(1, Math.abs(expected[i]!))).toBeLessThan(tolerance);
  }
}

describe('arima against forecast::Arima (scripts/r-fixtures/arima.R)', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.model}`, () => {
      const y = Float64Array.from(c.x, (v) => v ?? Number.NaN);
      const fit = arima(y, {
        season: c.period,
        order: c.order,
        seasonalOrder: c.seasonal,
        includeConstant: c.constant,
      });
      expect(fit.model).toBe(c.model);
      for (const [name, value] of Object.entries(c.coef)) {
        expect(Math.abs((fit.params[name] as number) - value)).toBeLessThan(
          1e-4 * Math.max(1, Math.abs(value)),
        );
      }
      expect((fit.params.sigma2 as number) / c.sigma2).toBeCloseTo(1, 5);
      expect(fit.params.loglik as number).toBeCloseTo(c.loglik, 5);
      expect(fit.aicc!).toBeCloseTo(c.aicc, 4);
      const forecast = fit.forecast(8);
      expectClose(forecast.mean, c.mean, 1e-5);
      expectClose(forecast.quantile(0.1), c.lower80, 1e-5);
      expectClose(forecast.quantile(0.9), c.upper80, 1e-5);
      expectClose(forecast.quantile(0.025), c.lower95, 1e-5);
      expectClose(forecast.quantile(0.975), c.upper95, 1e-5);
    });
  }
});

describe('arima edge cases', () => {
  const lh = Float64Array.from(cases[0]!.x, (v) => v ?? Number.NaN);

  it('rejects bad options and non-finite values with AppErrors naming the argument', () => {
    const attempt = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        if (isAppError(e)) return e.message;
      }
      return 'no error';
    };
    expect(attempt(() => arima(lh, { season: 1, order: [-1, 0, 0] }))).toContain('options.order[0]');
    expect(attempt(() => arima(lh, { season: 1, order: [1, 0, 0], seasonalOrder: [1, 0, 0] }))).toContain(
      'season',
    );
    expect(
      attempt(() =>
        arima(Float64Array.from([1, Number.POSITIVE_INFINITY, 2]), { season: 1, order: [0, 0, 0] }),
      ),
    ).toContain('y[1]');
    expect(
      attempt(() => arima(Float64Array.from([Number.NaN, Number.NaN]), { season: 1, order: [0, 0, 0] })),
    ).toContain('all NaN');
    expect(attempt(() => arima(Float64Array.from([1]), { season: 1, order: [0, 1, 0] }))).toContain(
      'not enough',
    );
  });

  it('fits a white-noise mean model in closed form', () => {
    const y = Float64Array.from([1, 2, 3, 4, 5]);
    const fit = arima(y, { season: 1, order: [0, 0, 0] });
    expect(fit.params.intercept).toBeCloseTo(3, 4);
    // ML variance 2, forecast::Arima rescales to SSE / (n - k + 1) = 10 / 4.
    expect(fit.params.sigma2).toBeCloseTo(2.5, 4);
    expect(fit.forecast(2).mean[1]).toBeCloseTo(3, 4);
  });

  it('forecasts an all-zero series as zero with zero width', () => {
    const fit = arima(new Float64Array(20), { season: 1, order: [0, 1, 0] });
    const forecast = fit.forecast(3);
    expect(Array.from(forecast.mean)).toEqual([0, 0, 0]);
    expect(forecast.quantile(0.9)[2]).toBe(0);
  });

  it('fits 10 000 points quickly (allocation-free likelihood)', () => {
    let state = 1;
    const y = new Float64Array(10_000);
    for (let i = 1; i < y.length; i++) {
      state = (state * 16807) % 2147483647;
      y[i] = 0.6 * y[i - 1]! + (state / 2147483647 - 0.5);
    }
    const fit = arima(y, { season: 1, order: [1, 0, 0], includeConstant: false });
    expect(fit.params.ar1 as number).toBeGreaterThan(0.57);
    expect(fit.params.ar1 as number).toBeLessThan(0.63);
    expect(fit.fitted.length).toBe(10_000);
  });
});
