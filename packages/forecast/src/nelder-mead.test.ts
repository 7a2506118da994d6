import { describe, expect, it } from 'vitest';
import { nelderMead } from './nelder-mead.ts';

describe('nelderMead', () => {
  it('finds the Rosenbrock minimum from (−1.2, 1)', () => {
    const r = nelderMead(
      (x) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2,
      Float64Array.from([-1.2, 1]),
    );
    expect(r.x[0]).toBeCloseTo(1, 3);
    expect(r.x[1]).toBeCloseTo(1, 3);
  });
  it('handles 12 dimensions and infinite penalties', () => {
    const f = (x: Float64Array): number => {
      if (x[0]! < 0.5) return Number.POSITIVE_INFINITY;
      let s = 0;
      for (let i = 0; i < x.length; i++) s += (i + 1) * (x[i]! - 1) ** 2;
      return s;
    };
    const r = nelderMead(f, new Float64Array(12).fill(2), { maxEvaluations: 20000 });
    expect(r.value).toBeLessThan(1e-4);
  });
});
