import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { theta } from './theta.ts';

const random = seededRandom(5);
const trend = Float64Array.from({ length: 80 }, (_, t) => 50 + 2 * t + random.normal());

describe('theta family', () => {
  it('standard theta follows half the trend slope plus SES (θ = 2 line)', () => {
    const f = theta(trend, { season: 1 }).forecast(10).mean;
    const slope = (f[9]! - f[0]!) / 9;
    expect(slope).toBeCloseTo(1, 1); // b/2 = 1
  });
  it('OTM and DOTM choose θ > 2 for a clean linear trend and extrapolate it', () => {
    for (const variant of ['optimised', 'dynamic'] as const) {
      const model = theta(trend, { season: 1, variant });
      expect(Number(model.params.theta)).toBeGreaterThan(2);
      const f = model.forecast(5).mean;
      expect(f[4]!).toBeGreaterThan(50 + 2 * 84 - 8);
      expect(f[4]!).toBeLessThan(50 + 2 * 84 + 8);
    }
  });
  it('a seasonal series is deseasonalised and reseasonalised', () => {
    const y = Float64Array.from(
      { length: 60 },
      (_, t) => 100 * (1 + 0.3 * Math.sin((2 * Math.PI * t) / 12)) + random.normal(),
    );
    const model = theta(y, { season: 12 });
    expect(model.params.seasonal).toBe(true);
    const f = model.forecast(12).mean;
    expect(f[3]!).toBeGreaterThan(120); // t = 63 ≡ 3: peak of the sine
    expect(f[9]!).toBeLessThan(80);
  });
  it('intervals widen with the horizon', () => {
    const f = theta(trend, { season: 1, variant: 'dynamic' }).forecast(6);
    const width = (i: number): number => f.quantile(0.9)[i]! - f.quantile(0.1)[i]!;
    expect(width(5)).toBeGreaterThan(width(0));
  });
});
