import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { ets, etsCandidates } from './auto-ets.ts';

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
  it('simulated quantiles of multiplicative models are reproducible with a seed and bracket the mean', () => {
    const y = Float64Array.from(
      { length: 48 },
      (_, t) => (100 + t) * (1 + 0.2 * Math.sin(t)) + random.normal(),
    );
    const options = { season: 1, error: 'M', trend: 'A', seasonal: 'N', seed: 3, paths: 500 } as const;
    const a = ets(y, options).forecast(5);
    const b = ets(y, options).forecast(5);
    expect(Array.from(a.quantile(0.9))).toEqual(Array.from(b.quantile(0.9)));
    expect(a.quantile(0.05)[4]!).toBeLessThan(a.mean[4]!);
    expect(a.quantile(0.95)[4]!).toBeGreaterThan(a.mean[4]!);
  });
  it('rejects a requested model that cannot be fitted', () => {
    expect(() => ets([1, 2, 3, 4, 5], { season: 4, seasonal: 'A' })).toThrow(/no requested ETS model/);
  });
});
