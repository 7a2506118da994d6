import { describe, expect, it } from 'vitest';
import { normalQuantile, studentQuantile } from './normal-quantile.ts';

describe('quantile functions (values from R qnorm / qt)', () => {
  it('normal', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.1)).toBeCloseTo(-1.2815515655446004, 14);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(normalQuantile(0.5)).toBe(0);
  });
  it('student t', () => {
    expect(studentQuantile(0.975, 5)).toBeCloseTo(2.570581835636314, 9);
    expect(studentQuantile(0.9, 39)).toBeCloseTo(1.303638588621274, 9);
    expect(studentQuantile(0.025, 1)).toBeCloseTo(-12.70620473617471, 7);
  });
});
