import { describe, expect, it } from 'vitest';
import {
  createStateSpace,
  differencingPolynomial,
  initializeState,
  kalmanFilter,
  kalmanForecast,
} from './state-space.ts';

describe('differencingPolynomial', () => {
  it('gives R arima Delta for (1 - B)(1 - B^4)', () => {
    expect(Array.from(differencingPolynomial(1, 1, 4))).toEqual([1, 0, 0, 1, -1]);
    expect(Array.from(differencingPolynomial(2, 0, 1))).toEqual([2, -1]);
  });
});

describe('initializeState', () => {
  it('gives the stationary variance of an AR(1): 1 / (1 - phi^2)', () => {
    const model = createStateSpace(1, 0, new Float64Array(0));
    model.phi[0] = 0.7;
    expect(initializeState(model)).toBe(true);
    expect(model.Pn[0]).toBeCloseTo(1 / (1 - 0.49), 12);
  });

  it('gives the MA(1) state covariance [[1 + θ², θ], [θ, θ²]]', () => {
    const model = createStateSpace(0, 1, new Float64Array(0));
    model.theta[0] = 0.4;
    expect(initializeState(model)).toBe(true);
    expect(Array.from(model.Pn).map((v) => Math.round(v * 1e12) / 1e12)).toEqual([1.16, 0.4, 0.4, 0.16]);
  });
});

describe('kalmanFilter and kalmanForecast', () => {
  it('reproduces a random walk: innovations are the differences, forecast variance grows by 1 a step', () => {
    const model = createStateSpace(0, 0, differencingPolynomial(1, 0, 1));
    initializeState(model);
    const y = Float64Array.from([1, 3, 2, 5]);
    const sums = { ssq: 0, sumlog: 0, nu: 0 };
    const residuals = new Float64Array(4);
    kalmanFilter(model, y, { sums, residuals });
    expect(sums.nu).toBe(3);
    expect(sums.ssq).toBeCloseTo(4 + 1 + 9, 4);
    expect(residuals[2]).toBeCloseTo(-1, 5);
    const { mean, variance } = kalmanForecast(model, 3);
    expect(mean[2]).toBeCloseTo(5, 6);
    expect(variance[0]).toBeCloseTo(1, 5);
    expect(variance[2]).toBeCloseTo(3, 5);
  });
});
