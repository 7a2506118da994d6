import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { SlidingMax } from './sliding-max.ts';

describe('SlidingMax', () => {
  it('is -Infinity when empty', () => {
    expect(new SlidingMax(3).max()).toBe(Number.NEGATIVE_INFINITY);
  });

  it('matches a brute-force window maximum', () => {
    const rng = seededRandom(9);
    const window = 7;
    const m = new SlidingMax(window);
    const values: number[] = [];
    for (let i = 0; i < 400; i++) {
      const x = rng.int(0, 30);
      values.push(x);
      m.push(x);
      expect(m.max()).toBe(Math.max(...values.slice(-window)));
    }
  });
});
