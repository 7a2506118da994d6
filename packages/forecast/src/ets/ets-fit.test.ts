import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { fitEtsModel } from './ets-fit.ts';
import { type EtsSpec, etsLikelihood } from './ets-model.ts';

const random = seededRandom(11);
/** Damped-trend data with multiplicative noise, positive throughout. */
const y = Float64Array.from(
  { length: 200 },
  (_, t) => (300 + 40 * (1 - 0.97 ** t)) * (1 + 0.04 * random.normal()),
);

const spec = (error: 'A' | 'M', trend: 'N' | 'A' | 'Ad'): EtsSpec => ({ error, trend, season: 'N', m: 1 });

describe('fitEtsModel', () => {
  it('reports the initial state that reproduces its likelihood', () => {
    for (const s of [spec('A', 'N'), spec('A', 'Ad'), spec('M', 'A')]) {
      const fit = fitEtsModel(y, s)!;
      const state = { ...fit.initial, season: Float64Array.from(fit.initial.season) };
      expect(-0.5 * etsLikelihood(y, s, fit.params, { state })).toBeCloseTo(fit.loglik, 6);
      expect(state.level).toBeCloseTo(fit.state.level, 9);
    }
  });
  it('starts a multiplicative-error fit from the additive fit and reaches at least as good an optimum', () => {
    const additive = fitEtsModel(y, spec('A', 'Ad'))!;
    const cold = fitEtsModel(y, spec('M', 'Ad'))!;
    const warm = fitEtsModel(y, spec('M', 'Ad'), { start: additive })!;
    expect(warm.loglik).toBeGreaterThan(cold.loglik - 0.05);
    expect(warm.params.phi).toBeGreaterThanOrEqual(0.8);
  });
  it('ignores a start whose trend or season differ', () => {
    const start = fitEtsModel(y, spec('A', 'N'))!;
    const cold = fitEtsModel(y, spec('M', 'A'))!;
    const warm = fitEtsModel(y, spec('M', 'A'), { start })!;
    expect(warm.loglik).toBe(cold.loglik);
  });
  it('splits the search into a first pass and a restart from it', () => {
    for (const s of [spec('A', 'Ad'), spec('M', 'Ad')]) {
      const first = fitEtsModel(y, s, { passes: 'first' })!;
      const restarted = fitEtsModel(y, s, { start: first, passes: 'restart' })!;
      const both = fitEtsModel(y, s)!;
      expect(restarted.loglik).toBeGreaterThanOrEqual(first.loglik - 1e-9);
      expect(restarted.loglik).toBeCloseTo(both.loglik, 1);
    }
  });
  it('keeps the cold start for seasonal models', () => {
    const seasonal = Float64Array.from({ length: 48 }, (_, t) => 100 + 10 * Math.sin((Math.PI * t) / 2) + t);
    const additive = fitEtsModel(seasonal, { error: 'A', trend: 'N', season: 'A', m: 4 })!;
    const multiplicative: EtsSpec = { error: 'M', trend: 'N', season: 'A', m: 4 };
    const cold = fitEtsModel(seasonal, multiplicative)!;
    expect(fitEtsModel(seasonal, multiplicative, { start: additive })!.loglik).toBe(cold.loglik);
  });
  it('fits a constant series, where the concentrated likelihood is unbounded, by the full search', () => {
    const fit = fitEtsModel(new Float64Array(30).fill(7), spec('A', 'N'))!;
    expect(fit.state.level).toBeCloseTo(7, 6);
    expect(Number.isFinite(fit.aicc)).toBe(true);
  });
  it('returns null when the model has as many parameters as points', () => {
    expect(fitEtsModel(y.subarray(0, 5), spec('M', 'Ad'))).toBeNull();
  });
});
