import { describe, expect, it } from 'vitest';
import { chandrasekharLikelihood } from './chandrasekhar.ts';
import {
  createStateSpace,
  differencingPolynomial,
  initializeState,
  type KalmanSums,
  kalmanFilter,
  type StateSpace,
} from './state-space.ts';

/** A seeded trending seasonal series (level in the thousands, as in M3 / tourism data). */
function seasonalSeries(n: number, period: number, seed: number): Float64Array {
  let state = seed;
  const next = (): number => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647 - 0.5;
  };
  const y = new Float64Array(n);
  let level = 2000;
  for (let t = 0; t < n; t++) {
    level += 3 + 20 * next();
    y[t] = level + 150 * Math.sin((2 * Math.PI * t) / period) + 10 * next();
  }
  return y;
}

/** Both likelihood routes from the same initial state: [Kalman filter, Chandrasekhar]. */
function bothSums(model: StateSpace, y: Float64Array): [KalmanSums, KalmanSums] {
  const classic = { ssq: 0, sumlog: 0, nu: 0 };
  const fast = { ssq: 0, sumlog: 0, nu: 0 };
  expect(initializeState(model)).toBe(true);
  kalmanFilter(model, y, { sums: classic });
  expect(initializeState(model)).toBe(true);
  chandrasekharLikelihood(model, y, fast);
  return [classic, fast];
}

/** The ML objective estimateArima minimises: ½ (log(ssq / ν) + Σ log F / ν). */
const objective = (s: KalmanSums): number => 0.5 * (Math.log(s.ssq / s.nu) + s.sumlog / s.nu);

function expectSameLikelihood(classic: KalmanSums, fast: KalmanSums): void {
  expect(fast.nu).toBe(classic.nu);
  expect(Math.abs(fast.ssq / classic.ssq - 1)).toBeLessThan(1e-9);
  // Rounding differs from the covariance recursion (the diffuse κ = 1e6 costs digits in both): 1e-9.
  expect(Math.abs(objective(fast) - objective(classic))).toBeLessThan(1e-9);
}

describe('chandrasekharLikelihood', () => {
  it('equals the Kalman filter for a stationary ARMA(2,1) (rank-one start)', () => {
    const model = createStateSpace(2, 1, new Float64Array(0));
    model.phi.set([0.5, -0.3]);
    model.theta.set([0.4]);
    const y = seasonalSeries(150, 7, 3).map((v, t, a) => (t === 0 ? 0 : v - a[t - 1]!));
    const [classic, fast] = bothSums(model, y);
    expect(classic.nu).toBe(150);
    expectSameLikelihood(classic, fast);
  });

  it('equals the Kalman filter for ARIMA(1,1,1)(1,1,1)[12], diffuse start handed over after d steps', () => {
    // Expanded (1 − 0.3B)(1 − 0.4B¹²) and (1 − 0.5B)(1 − 0.7B¹²).
    const model = createStateSpace(13, 13, differencingPolynomial(1, 1, 12));
    model.phi[0] = 0.3;
    model.phi[11] = 0.4;
    model.phi[12] = -0.12;
    model.theta[0] = -0.5;
    model.theta[11] = -0.7;
    model.theta[12] = 0.35;
    const [classic, fast] = bothSums(model, seasonalSeries(200, 12, 11));
    expect(classic.nu).toBe(200 - 13);
    expectSameLikelihood(classic, fast);
  });

  it('equals the Kalman filter for ARIMA(0,2,2) and for a series no longer than the diffuse start', () => {
    const model = createStateSpace(0, 2, differencingPolynomial(2, 0, 1));
    model.theta.set([-0.6, 0.2]);
    const y = seasonalSeries(80, 5, 7);
    const [classic, fast] = bothSums(model, y);
    expectSameLikelihood(classic, fast);
    const [shortClassic, shortFast] = bothSums(model, y.subarray(0, 3));
    expect(shortFast).toEqual(shortClassic);
  });

  it('gives the random-walk innovations: ssq = sum of squared differences', () => {
    const model = createStateSpace(0, 0, differencingPolynomial(1, 0, 1));
    expect(initializeState(model)).toBe(true);
    const sums = { ssq: 0, sumlog: 0, nu: 0 };
    chandrasekharLikelihood(model, Float64Array.from([1, 3, 2, 5, 4]), sums);
    expect(sums.nu).toBe(4);
    expect(sums.ssq).toBeCloseTo(4 + 1 + 9 + 1, 4);
    expect(sums.sumlog).toBeCloseTo(0, 8);
  });
});
