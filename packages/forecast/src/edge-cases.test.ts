/** Edge cases every registered model must survive: tiny, constant, zero, NaN, negative and long series. */
import { isAppError, seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { fitModel, MODEL_NAMES, type ModelName } from './models.ts';

const INTERMITTENT = new Set<ModelName>(['croston', 'sba', 'tsb', 'adida', 'imapa']);

function check(model: ModelName, y: ArrayLike<number>, season: number, horizon = 4): Float64Array {
  let fitted: ReturnType<typeof fitModel>;
  try {
    fitted = fitModel(model, y, { season });
  } catch (error) {
    // AutoARIMA (src/arima) may reject a series it cannot model, but only with a clear input error.
    if (model === 'arima' && isAppError(error) && error.code === 'INVALID_INPUT') return new Float64Array(0);
    throw error;
  }
  const f = fitted.forecast(horizon);
  expect(f.mean.length).toBe(horizon);
  const low = f.quantile(0.1);
  const high = f.quantile(0.9);
  for (let i = 0; i < horizon; i++) {
    expect(Number.isFinite(f.mean[i]!), `${model} mean[${i}] = ${f.mean[i]}`).toBe(true);
    expect(Number.isFinite(low[i]!) && Number.isFinite(high[i]!), `${model} quantiles finite`).toBe(true);
    expect(low[i]!, `${model} q10 ≤ q90 at ${i}`).toBeLessThanOrEqual(high[i]! + 1e-9);
    if (INTERMITTENT.has(model)) expect(low[i]!).toBeGreaterThanOrEqual(0);
  }
  return f.mean;
}

const random = seededRandom(11);
const long = Float64Array.from({ length: 10_000 }, (_, t) => 500 + 0.01 * t + 20 * random.normal());

describe.each(MODEL_NAMES.map((m) => [m]))('%s edge cases', (model) => {
  it('1, 2 and 3 points', () => {
    check(model, [7], 1);
    check(model, [7, 9], 1);
    check(model, [7, 9, 8], 4);
  });
  it('constant series forecasts the constant', () => {
    const mean = check(model, new Array(30).fill(5), 4);
    // SBA deliberately deflates Croston by (1 − α/2) = 0.95.
    for (const v of mean) expect(v).toBeCloseTo(model === 'sba' ? 4.75 : 5, 6);
  });
  it('all-zero series forecasts zero', () => {
    const mean = check(model, new Array(30).fill(0), 4);
    for (const v of mean) expect(Math.abs(v)).toBeLessThan(1e-9);
  });
  it('NaN inside the history is interpolated', () => {
    const y = Array.from({ length: 24 }, (_, t) => 10 + (t % 4));
    y[5] = Number.NaN;
    check(model, y, 4);
  });
  it('negative values', () => {
    const mean = check(
      model,
      Array.from({ length: 30 }, (_, t) => -50 + 3 * Math.sin(t) - 0.2 * t),
      1,
    );
    if (INTERMITTENT.has(model)) for (const v of mean) expect(v).toBe(0);
  });
  it('10 000 points', () => {
    const mean = check(model, long, 1, 3);
    if (!INTERMITTENT.has(model) && model !== 'mean')
      for (const v of mean) expect(Math.abs(v - 600)).toBeLessThan(100);
  });
});
