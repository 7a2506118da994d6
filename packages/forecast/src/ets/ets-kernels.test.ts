import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { additiveErrorConcentrated, multiplicativeErrorNonSeasonal } from './ets-kernels.ts';
import { type EtsSpec, etsLikelihood } from './ets-model.ts';

const random = seededRandom(7);
/** A positive trending series with multiplicative noise. */
const y = Float64Array.from({ length: 300 }, (_, t) => (500 + 2 * t) * (1 + 0.05 * random.normal()));

/** The general recursion of ets-model.ts, forced by asking for fitted values. */
function general(
  spec: EtsSpec,
  params: { alpha: number; beta: number; phi: number },
  level: number,
  growth: number,
) {
  const state = { level, growth, season: new Float64Array(1) };
  return etsLikelihood(y, spec, { ...params, gamma: 0 }, { state, fitted: new Float64Array(y.length) });
}

describe('multiplicativeErrorNonSeasonal', () => {
  it('equals the general recursion for ETS(M,N,N), ETS(M,A,N) and ETS(M,Ad,N)', () => {
    const cases = [
      { trend: 'N', params: { alpha: 0.3, beta: 0, phi: 1 }, growth: 0 },
      { trend: 'A', params: { alpha: 0.2, beta: 0.05, phi: 1 }, growth: 2 },
      { trend: 'Ad', params: { alpha: 0.6, beta: 0.1, phi: 0.9 }, growth: 1.5 },
    ] as const;
    for (const c of cases) {
      const spec: EtsSpec = { error: 'M', trend: c.trend, season: 'N', m: 1 };
      const expected = general(spec, c.params, 490, c.growth);
      const actual = multiplicativeErrorNonSeasonal(y, c.params, { level: 490, growth: c.growth });
      expect(Math.abs(actual - expected)).toBeLessThan(1e-9 * Math.abs(expected));
    }
  });
  it('returns +∞ when a one-step forecast is zero', () => {
    const lik = multiplicativeErrorNonSeasonal(y, { alpha: 0.3, beta: 0, phi: 1 }, { level: 0, growth: 0 });
    expect(lik).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('additiveErrorConcentrated', () => {
  it('returns the likelihood at the least-squares seed, which no nearby seed beats', () => {
    const cases = [
      { trend: 'N', params: { alpha: 0.3, beta: 0, phi: 1 } },
      { trend: 'A', params: { alpha: 0.2, beta: 0.05, phi: 1 } },
      { trend: 'Ad', params: { alpha: 0.4, beta: 0.1, phi: 0.9 } },
    ] as const;
    for (const c of cases) {
      const spec: EtsSpec = { error: 'A', trend: c.trend, season: 'N', m: 1 };
      const seed = { level: 0, growth: 0 };
      const trend = c.trend !== 'N';
      const lik = additiveErrorConcentrated(y, { ...c.params, trend }, { level: 450, growth: 0 }, seed);
      // The returned value is the general recursion's likelihood at the returned seed...
      const atSeed = general(spec, c.params, seed.level, seed.growth);
      expect(Math.abs(lik - atSeed)).toBeLessThan(1e-9 * Math.abs(atSeed));
      // ...and the seed minimises it: moving the level or the growth either way only makes it worse.
      for (const step of [-1, 1]) {
        expect(general(spec, c.params, seed.level + step, seed.growth)).toBeGreaterThan(atSeed);
        if (trend)
          expect(general(spec, c.params, seed.level, seed.growth + 0.1 * step)).toBeGreaterThan(atSeed);
      }
      if (!trend) expect(seed.growth).toBe(0);
    }
  });
});
