import { describe, expect, it } from 'vitest';
import { detectPeriod } from './period-detection.ts';
import { sensorSignal } from './test-signals.ts';

const options = { minLag: 4, maxLag: 200, minCorrelation: 0.3 };

describe('detectPeriod', () => {
  it('finds the season of a noisy sine with a trend', () => {
    const x = sensorSignal({ seed: 1, length: 600, period: 24, amplitude: 5, noise: 1 });
    for (let i = 0; i < x.length; i++) x[i] = x[i]! + 0.05 * i;
    expect(detectPeriod(x, options)).toBe(24);
  });

  it('finds a long daily period (288 points of 5 minutes)', () => {
    const x = sensorSignal({ seed: 2, length: 1024, period: 288, amplitude: 3, noise: 1 });
    expect(detectPeriod(x, { ...options, maxLag: 400 })).toBeGreaterThanOrEqual(284);
    expect(detectPeriod(x, { ...options, maxLag: 400 })).toBeLessThanOrEqual(292);
  });

  it('returns 0 for white noise, constants, and too-short series', () => {
    expect(detectPeriod(sensorSignal({ seed: 3, length: 500 }), options)).toBe(0);
    expect(detectPeriod(new Float64Array(100).fill(4), options)).toBe(0);
    expect(detectPeriod(new Float64Array(6), options)).toBe(0);
  });
});
