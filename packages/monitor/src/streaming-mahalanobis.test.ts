import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { StreamingMahalanobis } from './streaming-mahalanobis.ts';

describe('StreamingMahalanobis', () => {
  it('averages about p on correlated normal rows and is large when the correlation breaks', () => {
    const rng = seededRandom(12);
    const m = new StreamingMahalanobis({ tags: 2, alpha: 0.01 });
    let sum = 0;
    let count = 0;
    for (let i = 0; i < 3000; i++) {
      const common = rng.normal();
      const d2 = m.update([5 + common + 0.3 * rng.normal(), 100 + 10 * (common + 0.3 * rng.normal())]);
      if (i >= 1000) {
        sum += d2;
        count++;
      }
    }
    expect(sum / count).toBeGreaterThan(1.6);
    expect(sum / count).toBeLessThan(2.6);
    expect(m.update([6.5, 100 - 15])).toBeGreaterThan(30);
  });

  it('is 0 while learning and for a row with a missing value', () => {
    const m = new StreamingMahalanobis({ tags: 3, alpha: 0.05 });
    expect(m.update([1, 2, 3])).toBe(0);
    for (let i = 0; i < 40; i++) m.update([i % 3, (i * 7) % 5, i % 2]);
    expect(m.update([1, Number.NaN, 3])).toBe(0);
    expect(m.update([1, 2, 1])).toBeGreaterThan(0);
  });
});
