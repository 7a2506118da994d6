import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { conformalForecast } from './conformal.ts';

describe('conformalForecast', () => {
  it('turns a point model into calibrated quantiles on white noise', () => {
    const random = seededRandom(9);
    const meanModel = (train: Float64Array, h: number): Float64Array => {
      let s = 0;
      for (const v of train) s += v;
      return new Float64Array(h).fill(s / train.length);
    };
    let inside = 0;
    const trials = 60;
    for (let k = 0; k < trials; k++) {
      const y = Float64Array.from({ length: 120 }, () => 10 + random.normal());
      const f = conformalForecast(y, meanModel, { horizon: 1, model: 'mean', origins: 60 });
      const next = 10 + random.normal();
      if (next >= f.quantile(0.05)[0]! && next <= f.quantile(0.95)[0]!) inside += 1;
    }
    expect(inside / trials).toBeGreaterThan(0.75);
    expect(inside / trials).toBeLessThanOrEqual(1);
  });
  it('quantiles are monotone in p and collapse to the mean without residuals', () => {
    const y = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const last = (train: Float64Array, h: number): Float64Array =>
      new Float64Array(h).fill(train[train.length - 1]!);
    const f = conformalForecast(y, last, { horizon: 3, model: 'naive' });
    expect(f.quantile(0.9)[2]!).toBeGreaterThanOrEqual(f.quantile(0.1)[2]!);
    expect(f.quantile(0.5)[0]).toBeCloseTo(11, 12); // every one-step error of naive on a ramp is +1
    const none = conformalForecast(y, last, { horizon: 2, model: 'naive', origins: 0 });
    expect(Array.from(none.quantile(0.99))).toEqual([10, 10]);
  });
});
