import { describe, expect, it } from 'vitest';
import { rollingOriginBacktest } from './backtest.ts';
import { naive } from './baselines.ts';
import { evaluate } from './evaluate.ts';
import { smape } from './metrics.ts';
import { naive2 } from './naive2.ts';

const data = [
  { id: 'a', train: [10, 12, 11, 13, 12, 14], test: [15, 13] },
  { id: 'b', train: [100, 90, 95, 85, 80], test: [70, 90] },
];

describe('evaluate (M4 averaging)', () => {
  it('Naive2 against itself has OWA 1 and the dataset sMAPE is the mean of per-series sMAPE', () => {
    const r = evaluate(data, (y, h) => naive2(y, { season: 1 }).forecast(h), { season: 1 });
    expect(r.owa).toBeCloseTo(1, 12);
    const expected =
      (smape(Float64Array.from([15, 13]), Float64Array.from([14, 14])) +
        smape(Float64Array.from([70, 90]), Float64Array.from([80, 80]))) /
      2;
    expect(r.smape).toBeCloseTo(expected, 12);
    expect(r.series).toBe(2);
    expect(r.coverage).toBeGreaterThan(0);
  });
  it('a perfect forecaster has zero error and OWA 0', () => {
    const r = evaluate(
      data,
      (_y, h, i) => {
        const mean = Float64Array.from(data[i]!.test.slice(0, h));
        return { model: 'oracle', mean, quantile: () => mean };
      },
      { season: 1 },
    );
    expect(r.smape).toBe(0);
    expect(r.owa).toBe(0);
    expect(r.coverage).toBe(1);
  });
  it('rejects a test shorter than the horizon, naming the series', () => {
    expect(() => evaluate(data, (y, h) => naive(y).forecast(h), { season: 1, horizon: 3 })).toThrow(
      /data\[a\]\.test/,
    );
  });
});

describe('rollingOriginBacktest', () => {
  it('scores naive on a ramp: every fold has MAE = mean step ahead', () => {
    const y = Array.from({ length: 30 }, (_, t) => t);
    const r = rollingOriginBacktest(y, (train, h) => naive(train).forecast(h), {
      horizon: 3,
      season: 1,
      origins: 4,
    });
    expect(r.folds.map((f) => f.origin)).toEqual([24, 25, 26, 27]);
    expect(r.mae).toBeCloseTo(2, 12);
    expect(r.mase).toBeCloseTo(2, 12);
  });
  it('rejects series too short for a fold', () => {
    expect(() =>
      rollingOriginBacktest([1, 2, 3], (t, h) => naive(t).forecast(h), { horizon: 2, season: 1 }),
    ).toThrow(/too short/);
  });
});
