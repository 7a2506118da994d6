import { describe, expect, it } from 'vitest';
import { adidaRate, averageDemandInterval, crostonRate, imapaRate, tsbRate } from './intermittent.ts';
import { intermittent } from './intermittent-models.ts';

const y = Float64Array.from([0, 2, 0, 0, 4, 0, 2, 0, 0, 0, 6, 0]);

describe('intermittent demand', () => {
  it('Croston by hand: sizes 2,4,2,6 and intervals 2,3,2,4 with α = 0.1', () => {
    const ses = (v: number[]): number => v.slice(1).reduce((l, x) => l + 0.1 * (x - l), v[0]!);
    expect(crostonRate(y)).toBeCloseTo(ses([2, 4, 2, 6]) / ses([2, 3, 2, 4]), 12);
    expect(crostonRate(y, { debiased: true })).toBeCloseTo(0.95 * crostonRate(y), 12);
    expect(crostonRate(new Float64Array(5))).toBe(0);
  });
  it('TSB decays towards zero after demand stops (obsolescence)', () => {
    const dying = Float64Array.from([3, 2, 4, 3, 2, ...new Array(30).fill(0)]);
    expect(tsbRate(dying).rate).toBeLessThan(0.2 * crostonRate(dying));
  });
  it('ADIDA at level 3 aggregates buckets of 3; IMAPA averages levels 1..round(ADI)', () => {
    expect(averageDemandInterval(y)).toBe(3);
    const level3 = adidaRate(y, 3);
    expect(level3).toBeGreaterThan(0);
    expect(level3).toBeLessThan(3);
    const expected = (adidaRate(y, 1) + adidaRate(y, 2) + adidaRate(y, 3)) / 3;
    expect(imapaRate(y)).toBeCloseTo(expected, 12);
  });
  it('models return flat non-negative forecasts with conformal quantiles', () => {
    const series = Float64Array.from({ length: 60 }, (_, t) => (t % 5 === 0 ? 3 + (t % 3) : 0));
    const f = intermittent(series, { season: 1, method: 'sba' }).forecast(6);
    expect(new Set(f.mean).size).toBe(1);
    const q95 = f.quantile(0.95);
    expect(q95[0]!).toBeGreaterThan(f.mean[0]!);
    expect(Math.min(...f.quantile(0.05))).toBe(0);
  });
});
