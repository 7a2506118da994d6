import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { auto } from './auto.ts';
import { naive } from './baselines.ts';

const random = seededRandom(4);

describe('auto', () => {
  it('combines ETS and DOTM on regular series (mean of members)', () => {
    const y = Float64Array.from({ length: 60 }, (_, t) => 100 + t + 3 * random.normal());
    const model = auto(y, { season: 1 });
    expect(model.model).toMatch(/^Auto\[ETS\(.*\)\+DOTM\+ARIMA.*\]$/);
    const f = model.forecast(3);
    expect(f.mean[2]!).toBeGreaterThan(150);
    expect(f.quantile(0.9)[2]!).toBeGreaterThan(f.quantile(0.1)[2]!);
  });
  it('accepts extra members (e.g. ARIMA) into the combination', () => {
    const y = Float64Array.from({ length: 40 }, (_, t) => 10 + (t % 3));
    const model = auto(y, { season: 1, members: [(s, o) => naive(s, o)] });
    expect(model.model).toContain('+Naive');
  });
  it('selects an intermittent method by holdout and never forecasts below zero', () => {
    const y = Float64Array.from({ length: 48 }, () => (random.next() < 0.3 ? random.poisson(4) : 0));
    const model = auto(y, { season: 12, nonNegative: true });
    expect(model.model).toMatch(/^Auto\[(Croston|SBA|TSB|ADIDA|IMAPA)\]$/);
    const f = model.forecast(6);
    expect(Math.min(...f.mean, ...f.quantile(0.01))).toBeGreaterThanOrEqual(0);
  });
  it('nonNegative clamps a falling regular series at zero', () => {
    const y = Float64Array.from({ length: 30 }, (_, t) => 30 - t);
    const f = auto(y, { season: 1, nonNegative: true }).forecast(10);
    expect(Math.min(...f.mean)).toBe(0);
  });
});
