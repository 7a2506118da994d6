import { describe, expect, it } from 'vitest';
import { minimizeBfgs } from './optimizer.ts';

describe('minimizeBfgs', () => {
  it('finds the minimum of a shifted quadratic', () => {
    const fn = (x: Float64Array): number => (x[0]! - 3) ** 2 + 2 * (x[1]! + 1) ** 2;
    const res = minimizeBfgs(fn, new Float64Array(2));
    expect(res.convergence).toBe(0);
    expect(res.par[0]).toBeCloseTo(3, 4);
    expect(res.par[1]).toBeCloseTo(-1, 4);
  });

  it('minimises the Rosenbrock function from (-1.2, 1) as R optim(method = "BFGS") does', () => {
    const fn = (x: Float64Array): number => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
    const res = minimizeBfgs(fn, Float64Array.from([-1.2, 1]), { maxIterations: 500 });
    // R: optim(c(-1.2, 1), fr, method = "BFGS", control = list(maxit = 500)) reaches (0.9998, 0.9996).
    expect(res.par[0]).toBeCloseTo(1, 2);
    expect(res.par[1]).toBeCloseTo(1, 2);
    expect(res.value).toBeLessThan(1e-6);
  });

  it('respects parscale and reports a non-finite start', () => {
    const fn = (x: Float64Array): number => (x[0]! - 1000) ** 2 / 1e4;
    const res = minimizeBfgs(fn, new Float64Array(1), { parscale: Float64Array.from([100]) });
    expect(res.par[0]).toBeCloseTo(1000, 2);
    expect(minimizeBfgs(() => Number.NaN, new Float64Array(1)).convergence).toBe(2);
  });
});
