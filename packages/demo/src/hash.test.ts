import { describe, expect, it } from 'vitest';
import { gaussianFromHash, hash2, hashString, mix32, unit } from './hash.ts';

describe('hash', () => {
  it('is deterministic and spreads nearby inputs', () => {
    expect(mix32(1)).toBe(mix32(1));
    expect(mix32(0)).toBe(0);
    expect(hash2(7, 1)).not.toBe(hash2(7, 2));
    expect(hash2(1, 7)).not.toBe(hash2(7, 1));
    expect(hashString('L1-CNC01.vibration')).toBe(hashString('L1-CNC01.vibration'));
    expect(hashString('a')).toBe(0xe40c292c); // FNV-1a test vector
  });

  it('gives uniforms in [0,1) and unit-variance gaussians', () => {
    let sum = 0;
    let sumSq = 0;
    let outside = 0;
    const n = 100_000;
    for (let i = 0; i < n; i += 1) {
      const u = unit(hash2(42, i));
      if (!(u >= 0 && u < 1)) outside += 1;
      const h = hash2(99, i);
      const g = gaussianFromHash(h, mix32(h + 1));
      sum += g;
      sumSq += g * g;
    }
    expect(outside).toBe(0);
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
    expect(sumSq / n).toBeGreaterThan(0.97);
    expect(sumSq / n).toBeLessThan(1.03);
  });
});
