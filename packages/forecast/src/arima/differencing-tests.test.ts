import { describe, expect, it } from 'vitest';
import { isConstant, kpssPValue, kpssStatistic, ndiffs, nsdiffs } from './differencing-tests.ts';
import fixtures from './fixtures/differencing.json' with { type: 'json' };

interface DifferencingCase {
  name: string;
  x: number[];
  period: number;
  ndiffs: number;
  kpss: number;
  nsdiffs?: number;
  strength?: number;
}

describe('differencing tests against forecast::ndiffs / nsdiffs and urca::ur.kpss', () => {
  for (const c of fixtures as unknown as DifferencingCase[]) {
    it(c.name, () => {
      const x = Float64Array.from(c.x);
      expect(kpssStatistic(x, Math.trunc((3 * Math.sqrt(x.length)) / 13))).toBeCloseTo(c.kpss, 10);
      expect(ndiffs(x)).toBe(c.ndiffs);
      if (c.nsdiffs !== undefined) expect(nsdiffs(x, c.period)).toBe(c.nsdiffs);
    });
  }
});

describe('differencing edge cases', () => {
  it('interpolates the KPSS p-value in urca table and clamps it', () => {
    expect(kpssPValue(0.1)).toBe(0.1);
    expect(kpssPValue(0.463)).toBeCloseTo(0.05, 12);
    expect(kpssPValue(2)).toBe(0.01);
  });

  it('needs no differencing for constant or empty input', () => {
    expect(isConstant(Float64Array.from([3, 3, 3]))).toBe(true);
    expect(isConstant(Float64Array.from([3, 3.1]))).toBe(false);
    expect(ndiffs(new Float64Array(10))).toBe(0);
    expect(nsdiffs(new Float64Array(40), 12)).toBe(0);
  });

  it('differences a linear trend once and a quadratic trend at most max.d times', () => {
    const linear = Float64Array.from({ length: 50 }, (_, i) => i + Math.sin(i));
    expect(ndiffs(linear)).toBe(1);
    const quadratic = Float64Array.from({ length: 50 }, (_, i) => i * i);
    expect(ndiffs(quadratic)).toBe(2);
  });
});
