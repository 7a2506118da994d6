import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { windowAverage } from '../baselines.ts';
import type { FitOptions, FittedModel } from '../types.ts';
import { type BaseFitter, fitWithRegressors, type Regressor } from './fit-with-regressors.ts';

const WEEKDAY = [1.2, 1.15, 1.1, 1.1, 1.05, 0.7, 0.7];
const base: BaseFitter = (y, options) => windowAverage(y, { ...options, window: 28 });

/** Seeded daily Poisson demand with weekly shape, runs of events and known multiplicative effects. */
function demand(options: {
  seed: number;
  days: number;
  horizon: number;
  runs: readonly { name: string; every: number; length: number; lift: number }[];
}): { y: Float64Array; regressors: Regressor[] } {
  const random = seededRandom(options.seed);
  const total = options.days + options.horizon;
  const regressors = options.runs.map((run, j) => {
    const values = new Float64Array(total);
    for (let start = 20 + 11 * j; start < total; start += run.every) {
      for (let t = start; t < Math.min(total, start + run.length); t++) values[t] = 1;
    }
    return { name: run.name, values };
  });
  const y = new Float64Array(options.days);
  for (let t = 0; t < options.days; t++) {
    let mean = 40 * WEEKDAY[t % 7]!;
    options.runs.forEach((run, j) => {
      if (regressors[j]!.values[t] === 1) mean *= run.lift;
    });
    y[t] = random.poisson(mean);
  }
  return { y, regressors };
}

describe('fitWithRegressors', () => {
  it('recovers a promotion lift and a holiday drop on seeded Poisson demand', () => {
    const { y, regressors } = demand({
      seed: 7,
      days: 730,
      horizon: 28,
      runs: [
        { name: 'promotion', every: 61, length: 7, lift: 1.6 },
        { name: 'holiday', every: 90, length: 4, lift: 0.3 },
      ],
    });
    const fit = fitWithRegressors(y, regressors, { season: 7, base });
    const [promotion, holiday] = fit.effects;
    expect(promotion).toMatchObject({ name: 'promotion', used: true, reason: 'used', events: 12 });
    // Shrinkage by one pseudo-event: 1.6^(12/13) ≈ 1.54 and 0.3^(8/9) ≈ 0.34.
    expect(holiday!.events).toBe(8);
    expect(promotion!.factor).toBeGreaterThan(1.49);
    expect(promotion!.factor).toBeLessThan(1.59);
    expect(holiday!.factor).toBeGreaterThan(0.29);
    expect(holiday!.factor).toBeLessThan(0.39);
    expect(promotion!.errorRatio).toBeLessThan(0.8);
    expect(fit.model).toBe('MA(28)+X');
    expect(fit.params['effect.promotion']).toBeCloseTo(promotion!.factor, 3);
    expect(fit.params.regressors).toBe('promotion,holiday');
  });

  it('re-applies effects on future days to the mean and every quantile', () => {
    const { y, regressors } = demand({
      seed: 8,
      days: 730,
      horizon: 28,
      runs: [{ name: 'promotion', every: 61, length: 7, lift: 1.6 }],
    });
    const fit = fitWithRegressors(y, regressors, { season: 7, base, nonNegative: true });
    const future = Array.from(regressors[0]!.values).slice(730);
    const promoted = future.indexOf(1);
    const plain = future.indexOf(0);
    expect(promoted).toBeGreaterThanOrEqual(0);
    const f = fit.forecast(28);
    const factor = fit.effects[0]!.factor;
    expect(f.mean[promoted]! / f.mean[plain]!).toBeCloseTo(factor, 6);
    const lower = f.quantile(0.1);
    const upper = f.quantile(0.9);
    expect(upper[promoted]! / upper[plain]!).toBeCloseTo(factor, 6);
    expect(upper[promoted]! - lower[promoted]!).toBeGreaterThan(upper[plain]! - lower[plain]!);
    // Past the given future values the regressor counts as 0: forecast 40 days, 28 were given.
    const long = fit.forecast(40);
    expect(long.mean[35]).toBeCloseTo(long.mean[plain]!, 9);
  });

  it('changes nothing much where the flagged days have no effect', () => {
    const { y, regressors } = demand({
      seed: 9,
      days: 730,
      horizon: 14,
      runs: [{ name: 'placebo', every: 45, length: 5, lift: 1 }],
    });
    const fit = fitWithRegressors(y, regressors, { season: 7, base });
    const plain = base(y, { season: 7 }).forecast(14).mean;
    const effect = fit.effects[0]!;
    if (effect.used) expect(Math.abs(effect.factor - 1)).toBeLessThan(0.06);
    else expect(effect.reason).toBe('no-gain');
    const f = fit.forecast(14).mean;
    for (let k = 0; k < 14; k++) expect(Math.abs(f[k]! / plain[k]! - 1)).toBeLessThan(0.06);
  });

  it('leaves out a regressor seen fewer than minEvents times and fits the base to y unchanged', () => {
    const { y, regressors } = demand({
      seed: 10,
      days: 200,
      horizon: 7,
      runs: [{ name: 'launch', every: 150, length: 5, lift: 2 }],
    });
    let seen: Float64Array | undefined;
    const spy: BaseFitter = (series: Float64Array, options: FitOptions): FittedModel => {
      seen = series;
      return base(series, options);
    };
    const fit = fitWithRegressors(y, regressors, { season: 7, base: spy });
    expect(fit.effects[0]).toMatchObject({ events: 2, used: false, reason: 'few-events', factor: 1 });
    expect(Array.from(seen!)).toEqual(Array.from(y));
    expect(fit.model).toBe('MA(28)');
    expect(fit.params.regressorsLeftOut).toBe('launch:few-events');
    expect(fitWithRegressors(y, regressors, { season: 7, base, minEvents: 2 }).effects[0]!.used).toBe(true);
  });

  it('adjusts near-zero shutdown days additively instead of dividing them up', () => {
    const { y, regressors } = demand({
      seed: 11,
      days: 500,
      horizon: 0,
      runs: [{ name: 'shutdown', every: 70, length: 6, lift: 0.05 }],
    });
    const fit = fitWithRegressors(y, regressors, { season: 7, base });
    expect(fit.effects[0]!.factor).toBeLessThan(0.1);
    let largest = 0;
    for (let t = 0; t < y.length; t++) largest = Math.max(largest, fit.adjusted[t]!);
    expect(largest).toBeLessThan(100);
  });

  it('checks its arguments once, naming them', () => {
    const y = new Float64Array(30).fill(5);
    const ok = { name: 'a', values: new Float64Array(30) };
    expect(() =>
      fitWithRegressors(y, [{ name: 'a', values: new Float64Array(29) }], { season: 7, base }),
    ).toThrow(/regressors\[0\]\.values \("a"\) must hold at least the 30/);
    expect(() => fitWithRegressors(y, [ok, ok], { season: 7, base })).toThrow(/regressors\[1\]\.name/);
    expect(() =>
      fitWithRegressors(y, [{ name: 'b', values: new Float64Array(30).fill(2) }], { season: 7, base }),
    ).toThrow(/regressors\[0\]\.values\[0\] \("b"\) must lie in \[0, 1\], got 2/);
    expect(() => fitWithRegressors(y, [ok], { season: 7, base, minEvents: 0 })).toThrow(/options\.minEvents/);
    expect(() => fitWithRegressors(y, [ok], { season: 0, base })).toThrow(/options\.season/);
  });

  it('handles an empty regressor list and an all-zero series', () => {
    const zeros = new Float64Array(60);
    const fit = fitWithRegressors(zeros, [], { season: 7, base });
    expect(fit.effects).toEqual([]);
    expect(Array.from(fit.forecast(3).mean)).toEqual([0, 0, 0]);
    const flagged = new Float64Array(60);
    for (const t of [5, 6, 20, 21, 40, 41]) flagged[t] = 1;
    const none = fitWithRegressors(zeros, [{ name: 'p', values: flagged }], { season: 7, base });
    expect(none.effects[0]).toMatchObject({ used: false, reason: 'no-demand' });
  });
});
