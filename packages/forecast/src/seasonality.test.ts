import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import {
  autocorrelation,
  classicalDecomposition,
  seasonalAdjustment,
  seasonalityTest,
} from './seasonality.ts';

const noise = (n: number): Float64Array => {
  const random = seededRandom(3);
  return Float64Array.from({ length: n }, () => 100 + random.normal());
};
const seasonal = (n: number, m: number): Float64Array =>
  Float64Array.from({ length: n }, (_, t) => (100 + t) * (1 + 0.3 * Math.sin((2 * Math.PI * t) / m)));

describe('seasonality', () => {
  it('autocorrelation of a linear ramp matches R acf', () => {
    // R: acf(1:10, plot = FALSE)$acf[2:3] = 0.7, 0.4121212
    const r = autocorrelation(
      Float64Array.from({ length: 10 }, (_, i) => i + 1),
      2,
    );
    expect(r[0]).toBeCloseTo(0.7, 12);
    expect(r[1]).toBeCloseTo(0.4121212121, 9);
  });
  it('detects a clear seasonal pattern and rejects white noise and short series', () => {
    expect(seasonalityTest(seasonal(48, 4), 4)).toBe(true);
    expect(seasonalityTest(noise(48), 4)).toBe(false);
    expect(seasonalityTest(seasonal(10, 4), 4)).toBe(false);
    // M4 variant: R's default acf lag.max = floor(10·log10 n) = 21 < 52 → never seasonal.
    expect(seasonalityTest(seasonal(300, 52), 52, 'm4')).toBe(false);
    expect(seasonalityTest(seasonal(300, 52), 52, 'thetaf')).toBe(true);
  });
  it('classical multiplicative decomposition recovers the figure (mean 1)', () => {
    const { figure, trend } = classicalDecomposition(seasonal(40, 4), 4, 'multiplicative');
    expect(figure.reduce((s, v) => s + v, 0) / 4).toBeCloseTo(1, 12);
    expect(figure[1]!).toBeGreaterThan(1.25);
    expect(figure[3]!).toBeLessThan(0.75);
    expect(Number.isNaN(trend[0]!)).toBe(true);
    // centred 2×4 MA at t = 2 (0-based) over t = 0..4.
    const y = seasonal(40, 4);
    expect(trend[2]).toBeCloseTo((0.5 * y[0]! + y[1]! + y[2]! + y[3]! + 0.5 * y[4]!) / 4, 12);
  });
  it('seasonal adjustment indices continue the in-sample cycle', () => {
    const adj = seasonalAdjustment(seasonal(42, 4), 4, 5)!;
    expect(adj.future[0]).toBeCloseTo(adj.insample[2]!, 12); // t = 42 ≡ 2 (mod 4)
    expect(seasonalAdjustment(noise(42), 4, 5)).toBeNull();
  });
});
