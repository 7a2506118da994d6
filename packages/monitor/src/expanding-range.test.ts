import { describe, expect, it } from 'vitest';
import { ExpandingRange } from './expanding-range.ts';

describe('ExpandingRange', () => {
  it('has no excess before two values and none inside the range', () => {
    const r = new ExpandingRange();
    expect(r.excess(5)).toBe(0);
    r.push(1);
    expect(r.excess(100)).toBe(0);
    r.push(3);
    expect(r.samples).toBe(2);
    expect(r.excess(2)).toBe(0);
    expect(r.excess(1)).toBe(0);
    expect(r.excess(Number.NaN)).toBe(0);
  });

  it('measures the distance outside as a fraction of the width', () => {
    const r = new ExpandingRange();
    for (const x of [2, 4, 3, 2.5]) r.push(x);
    expect(r.min).toBe(2);
    expect(r.max).toBe(4);
    expect(r.excess(5)).toBeCloseTo(0.5, 12);
    expect(r.excess(1.9)).toBeCloseTo(0.05, 12);
  });

  it('scores leaving a constant stretch very high instead of dividing by zero', () => {
    const r = new ExpandingRange();
    for (let i = 0; i < 10; i++) r.push(7);
    expect(r.excess(7)).toBe(0);
    expect(r.excess(7.001)).toBeGreaterThan(1e4);
    expect(Number.isFinite(r.excess(8))).toBe(true);
  });

  it('contracts towards the midpoint by 1/H per push when no new extreme arrives', () => {
    const horizon = 100;
    const r = new ExpandingRange(horizon);
    r.push(0);
    r.push(10);
    for (let i = 0; i < 50; i++) r.push(5);
    const width = 10 * (1 - 1 / horizon) ** 50;
    expect(r.max - r.min).toBeCloseTo(width, 9);
    expect(0.5 * (r.min + r.max)).toBeCloseTo(5, 12);
    // A new extreme is taken as it is.
    r.push(20);
    expect(r.max).toBe(20);
  });
});
