import { isAppError } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/stl.json' with { type: 'json' };
import { partialSort } from './partial-sort.ts';
import { stl } from './stl.ts';

interface StlCase {
  name: string;
  x: number[];
  period: number;
  s_window: number | 'periodic';
  robust: boolean;
  seasonal: number[];
  trend: number[];
}

function maxAbsDiff(a: ArrayLike<number>, b: number[]): number {
  let m = 0;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

describe('stl against stats::stl (scripts/r-fixtures/arima.R)', () => {
  for (const c of fixtures as unknown as StlCase[]) {
    it(c.name, () => {
      const x = Float64Array.from(c.x);
      const fit = stl(x, { period: c.period, seasonalWindow: c.s_window, robust: c.robust });
      expect(maxAbsDiff(fit.seasonal, c.seasonal)).toBeLessThan(1e-9);
      expect(maxAbsDiff(fit.trend, c.trend)).toBeLessThan(1e-9);
      for (let i = 0; i < x.length; i++) {
        expect(fit.seasonal[i]! + fit.trend[i]! + fit.remainder[i]!).toBeCloseTo(x[i]!, 10);
      }
    });
  }
});

describe('stl edge cases', () => {
  it('rejects series of two periods or less and non-finite values', () => {
    const message = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        if (isAppError(e)) return e.message;
      }
      return 'no error';
    };
    expect(message(() => stl(new Float64Array(24), { period: 12, seasonalWindow: 7 }))).toContain(
      'two periods',
    );
    expect(
      message(() => stl(Float64Array.from([1, 2, Number.NaN, 4, 5]), { period: 2, seasonalWindow: 7 })),
    ).toContain('y[2]');
    expect(message(() => stl(new Float64Array(30), { period: 1, seasonalWindow: 7 }))).toContain(
      'options.period',
    );
  });

  it('decomposes a constant series into a flat trend and zero seasonality', () => {
    const fit = stl(new Float64Array(40).fill(5), { period: 4, seasonalWindow: 'periodic', robust: true });
    for (let i = 0; i < 40; i++) {
      expect(fit.trend[i]).toBeCloseTo(5, 10);
      expect(fit.seasonal[i]).toBeCloseTo(0, 10);
    }
  });
});

describe('partialSort', () => {
  it('places sorted order statistics at the requested positions', () => {
    const values = Float64Array.from({ length: 31 }, (_, i) => (i * 17) % 31);
    partialSort(values, [16, 15]);
    expect(values[15]).toBe(15);
    expect(values[14]).toBe(14);
  });
});
