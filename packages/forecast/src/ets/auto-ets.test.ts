import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { ets, etsCandidates } from './auto-ets.ts';
import { fitEtsModel } from './ets-fit.ts';

const random = seededRandom(21);
/** Simulates ETS(A,N,A): level random walk with α = 0.3 plus a fixed seasonal pattern. */
function seasonalSeries(n: number): Float64Array {
  const pattern = [20, -10, 5, -15];
  let level = 200;
  return Float64Array.from({ length: n }, (_, t) => {
    const e = 2 * random.normal();
    const y = level + pattern[t % 4]! + e;
    level += 0.3 * e;
    return y;
  });
}

describe('ets', () => {
  it('candidate set follows forecast::ets defaults', () => {
    const positive = Float64Array.from([1, 2, 3]);
    expect(etsCandidates(positive, 12).length).toBe(15);
    expect(etsCandidates(positive, 1).length).toBe(6);
    expect(etsCandidates(Float64Array.from([0, 2, 3]), 12).length).toBe(6);
    expect(etsCandidates(positive, 52).every((s) => s.season === 'N')).toBe(true);
  });
  it('selects a seasonal model and recovers α on simulated ETS(A,N,A)', () => {
    const model = ets(seasonalSeries(120), { season: 4 });
    expect(model.model).toMatch(/^ETS\([AM],N,[AM]\)$/);
    expect(Number(model.params.alpha)).toBeGreaterThan(0.1);
    expect(Number(model.params.alpha)).toBeLessThan(0.6);
  });
  it('simulated quantiles of multiplicative-season models are reproducible with a seed and bracket the mean', () => {
    const y = Float64Array.from(
      { length: 48 },
      (_, t) => (100 + t) * (1 + 0.2 * Math.sin((Math.PI * t) / 2)) + random.normal(),
    );
    const options = { season: 4, error: 'M', trend: 'N', seasonal: 'M', seed: 3, paths: 500 } as const;
    const a = ets(y, options).forecast(5);
    const b = ets(y, options).forecast(5);
    expect(Array.from(a.quantile(0.9))).toEqual(Array.from(b.quantile(0.9)));
    expect(a.quantile(0.05)[4]!).toBeLessThan(a.mean[4]!);
    expect(a.quantile(0.95)[4]!).toBeGreaterThan(a.mean[4]!);
  });
  it('gives the class-2 models Gaussian bands from the closed-form variance, symmetric about the mean', () => {
    const y = Float64Array.from({ length: 60 }, (_, t) => (100 + t) * (1 + 0.05 * random.normal()));
    const f = ets(y, { season: 1, error: 'M', trend: 'A', seasonal: 'N' }).forecast(6);
    const upper = f.quantile(0.975);
    const lower = f.quantile(0.025);
    for (let h = 0; h < 6; h++) expect(upper[h]! - f.mean[h]!).toBeCloseTo(f.mean[h]! - lower[h]!, 9);
    expect(upper[5]! - lower[5]!).toBeGreaterThan(upper[0]! - lower[0]!);
  });
  it('restarting only the contenders selects as well as fully fitting every candidate', () => {
    for (const seed of [1, 2, 3]) {
      const noise = seededRandom(seed);
      let level = 500;
      const y = Float64Array.from({ length: 150 }, (_, t) => {
        level += 1 + 5 * noise.normal();
        return level * (1 + 0.03 * noise.normal()) + 3 * Math.sin(t);
      });
      let full = Number.POSITIVE_INFINITY;
      for (const spec of etsCandidates(y, 1)) full = Math.min(full, fitEtsModel(y, spec)?.aicc ?? full);
      expect(ets(y, { season: 1 }).aicc!).toBeLessThan(full + 0.5);
    }
  });
  it('rejects a requested model that cannot be fitted', () => {
    expect(() => ets([1, 2, 3, 4, 5], { season: 4, seasonal: 'A' })).toThrow(/no requested ETS model/);
  });
});
