import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { SlidingMedian } from './sliding-median.ts';

describe('SlidingMedian', () => {
  it('is NaN when empty and exact on a short window', () => {
    const m = new SlidingMedian(3);
    expect(Number.isNaN(m.median())).toBe(true);
    m.push(5);
    expect(m.median()).toBe(5);
    m.push(1);
    expect(m.median()).toBe(3);
    m.push(9);
    expect(m.median()).toBe(5);
    m.push(2); // window 1, 9, 2
    expect(m.median()).toBe(2);
    expect(m.length).toBe(3);
  });

  it.each([
    [11, 20],
    [10, 20],
    [64, 0],
  ])('matches a brute-force sliding median (window %i, integers below %i or continuous)', (size, range) => {
    const rng = seededRandom(7);
    const m = new SlidingMedian(size);
    const values: number[] = [];
    for (let i = 0; i < 500; i++) {
      const x = range > 0 ? rng.int(0, range) : rng.normal();
      values.push(x);
      m.push(x);
      const window = values.slice(-size).sort((a, b) => a - b);
      const mid = window.length >> 1;
      const expected = window.length % 2 ? window[mid]! : (window[mid - 1]! + window[mid]!) / 2;
      expect(m.median()).toBe(expected);
    }
  });
});
