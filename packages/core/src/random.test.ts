import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.ts';

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(seededRandom(43).next()).not.toBe(first[0]);
  });

  it('draws uniforms in [0,1) and normals with mean 0 and sd 1', () => {
    const random = seededRandom(7);
    let sum = 0;
    let sumSquares = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const u = random.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      const z = random.normal();
      sum += z;
      sumSquares += z * z;
    }
    expect(sum / n).toBeCloseTo(0, 1);
    expect(Math.sqrt(sumSquares / n)).toBeCloseTo(1, 1);
  });

  it('draws Poisson counts with the requested mean', () => {
    const random = seededRandom(3);
    for (const mean of [0, 0.3, 4, 80]) {
      let sum = 0;
      for (let i = 0; i < 5000; i++) sum += random.poisson(mean);
      expect(sum / 5000).toBeCloseTo(mean, mean > 10 ? -1 : 0);
    }
  });
});
