import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { type EtsSpec, etsClass2Variance, etsPointForecast, etsSimulate, isClass2 } from './ets-model.ts';

describe('etsClass2Variance', () => {
  const spec: EtsSpec = { error: 'M', trend: 'Ad', season: 'N', m: 1 };
  const params = { alpha: 0.4, beta: 0.1, gamma: 0, phi: 0.9 };
  const state = { level: 100, growth: 2, season: new Float64Array(1) };
  const sigma2 = 0.01;
  const mean = etsPointForecast(spec, params, { state, n: 50, horizon: 8 });

  it('is σ²μ₁² one step ahead', () => {
    expect(etsClass2Variance(spec, params, sigma2, mean)[0]).toBeCloseTo(sigma2 * mean[0]! ** 2, 9);
  });
  it('matches the variance of simulated sample paths', () => {
    const variance = etsClass2Variance(spec, params, sigma2, mean);
    const random = seededRandom(5);
    const paths = 20000;
    const draws = etsSimulate(spec, params, {
      state,
      n: 50,
      horizon: 8,
      sigma2,
      paths,
      normal: random.normal,
    });
    for (const h of [0, 3, 7]) {
      let sum = 0;
      let sumSquares = 0;
      for (const v of draws[h]!) {
        sum += v;
        sumSquares += v * v;
      }
      const simulated = sumSquares / paths - (sum / paths) ** 2;
      expect(Math.abs(simulated / variance[h]! - 1)).toBeLessThan(0.05);
    }
    // The variance grows with the horizon.
    expect(variance[7]!).toBeGreaterThan(variance[3]!);
  });
  it('covers multiplicative-error models without a multiplicative season', () => {
    expect(isClass2(spec)).toBe(true);
    expect(isClass2({ error: 'M', trend: 'N', season: 'A', m: 4 })).toBe(true);
    expect(isClass2({ error: 'M', trend: 'N', season: 'M', m: 4 })).toBe(false);
    expect(isClass2({ error: 'A', trend: 'N', season: 'N', m: 1 })).toBe(false);
  });
});
