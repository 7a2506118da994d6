import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { createAnomalyDetector } from './anomaly-detector.ts';
import { alarmRate, firstAlarm, scoreSeries, sensorSignal } from './test-signals.ts';

const THRESHOLD = 0.99;

function univariate(series: Float64Array, suppressionWindow = 100): Float64Array {
  const detector = createAnomalyDetector({ tags: 1, suppressionWindow });
  return scoreSeries((t, v) => detector.update(t, v), series);
}

describe('createAnomalyDetector', () => {
  it('checks its arguments', () => {
    expect(() => createAnomalyDetector({ tags: 0 })).toThrow(/tags must be a positive integer; got 0/);
    expect(() => createAnomalyDetector({ tags: 1, learningPeriod: -1 })).toThrow(/learningPeriod/);
    expect(() => createAnomalyDetector({ tags: 1, calibrationGate: 1 })).toThrow(
      /calibrationGate must be in \[0, 1\); got 1/,
    );
    const d = createAnomalyDetector({ tags: 2 });
    expect(() => d.update(0, [1])).toThrow(/values must have 2 entries; got 1/);
  });

  it('scores 0 while learning, stays in [0, 1], treats NaN as missing', () => {
    const x = sensorSignal({ seed: 1, length: 600 });
    x[300] = Number.NaN;
    const s = univariate(x);
    for (let i = 0; i < 100; i++) expect(s[i]).toBe(0);
    for (const v of s) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(s[300]).toBe(0);
  });

  it('is calibrated on clean data: about 1% of raw scores above 0.99, fewer after de-duplication', () => {
    const x = sensorSignal({ seed: 2, length: 6000, period: 60, amplitude: 4, noise: 1 });
    const raw = univariate(x, 0);
    const rawRate = alarmRate(raw, THRESHOLD, 500, x.length);
    expect(rawRate).toBeLessThan(0.02);
    expect(rawRate).toBeGreaterThan(0.001);
    expect(alarmRate(univariate(x), THRESHOLD, 500, x.length)).toBeLessThan(0.005);
  });

  it('detects a spike at once', () => {
    const x = sensorSignal({ seed: 3, length: 1500 });
    x[1200] = x[1200]! + 8;
    const s = univariate(x);
    expect(s[1200]).toBeGreaterThan(0.999);
    expect(alarmRate(s, THRESHOLD, 200, 1200)).toBeLessThan(0.01);
  });

  it('detects a 3-sigma level shift within 5 points at 0.99 (and a 6-sigma one at once at 0.999)', () => {
    const x = sensorSignal({ seed: 4, length: 1500 });
    const y = x.slice();
    for (let i = 1000; i < x.length; i++) x[i] = x[i]! + 3;
    for (let i = 1000; i < y.length; i++) y[i] = y[i]! + 6;
    const s = univariate(x);
    expect(alarmRate(s, THRESHOLD, 200, 1000)).toBeLessThan(0.005);
    const alarm = firstAlarm(s, THRESHOLD, 1000);
    expect(alarm).toBeGreaterThanOrEqual(1000);
    expect(alarm - 1000).toBeLessThanOrEqual(5);
    const big = univariate(y);
    expect(firstAlarm(big, 0.999, 1000) - 1000).toBeLessThanOrEqual(1);
  });

  it('detects a slow drift (0.02 sigma per point) within 150 points', () => {
    const x = sensorSignal({ seed: 5, length: 2000 });
    for (let i = 1000; i < x.length; i++) x[i] = x[i]! + 0.02 * (i - 1000);
    const s = univariate(x);
    expect(alarmRate(s, 0.999, 200, 1000)).toBeLessThan(0.005);
    const alarm = firstAlarm(s, 0.999, 1000);
    expect(alarm).toBeGreaterThan(1000);
    expect(alarm - 1000).toBeLessThan(150);
  });

  it('detects a stuck sensor within 20 points', () => {
    const x = sensorSignal({ seed: 6, length: 1500 });
    for (let i = 1000; i < 1100; i++) x[i] = x[999]!;
    const s = univariate(x);
    expect(alarmRate(s, 0.999, 200, 1000)).toBeLessThan(0.005);
    const alarm = firstAlarm(s, 0.999, 1000);
    expect(alarm).toBeGreaterThanOrEqual(1000);
    expect(alarm - 1000).toBeLessThan(20);
  });

  it('multivariate: flags a shift in one of three tags and stays quiet on clean rows', () => {
    const rng = seededRandom(7);
    const detector = createAnomalyDetector({ tags: 3 });
    const scores: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const shift = i >= 1500 ? 4 : 0;
      const row = [
        10 + rng.normal(),
        20 + 2 * rng.normal() + shift * 2,
        Math.sin(i / 10) + 0.1 * rng.normal(),
      ];
      scores.push(detector.update(i * 1000, row));
    }
    const s = Float64Array.from(scores);
    expect(detector.lastTimestamp).toBe(1999 * 1000);
    expect(alarmRate(s, THRESHOLD, 300, 1500)).toBeLessThan(0.01);
    const alarm = firstAlarm(s, 0.999, 1500);
    expect(alarm - 1500).toBeLessThanOrEqual(3);
  });

  it('runs one detector alone when asked', () => {
    const detector = createAnomalyDetector({ tags: 1, detectors: ['robust-z'] });
    const x = sensorSignal({ seed: 8, length: 400 });
    x[350] = x[350]! + 10;
    const s = scoreSeries((t, v) => detector.update(t, v), x);
    expect(s[350]).toBeGreaterThan(0.999);
  });
});

describe('calibration gate', () => {
  it('keeps a long level shift flagged when out-of-control values are not learned', () => {
    const x = sensorSignal({ seed: 9, length: 1600 });
    for (let i = 1000; i < 1400; i++) x[i] = x[i]! + 4;
    const run = (calibrationGate: number): number => {
      const d = createAnomalyDetector({ tags: 1, suppressionWindow: 0, calibrationGate });
      const s = scoreSeries((t, v) => d.update(t, v), x);
      return alarmRate(s, THRESHOLD, 1000, 1400);
    };
    const open = run(0);
    const gated = run(1e-4);
    expect(gated).toBeGreaterThan(0.8);
    expect(gated).toBeGreaterThan(open);
  });
});

describe('joint behaviour of several tags', () => {
  it('flags a broken correlation that no single tag shows', () => {
    const rng = seededRandom(10);
    const detector = createAnomalyDetector({ tags: 2 });
    const scores: number[] = [];
    for (let i = 0; i < 1500; i++) {
      const common = rng.normal();
      const a = common + 0.2 * rng.normal();
      // Row 1200: both tags about 1.5 sigma out, in opposite directions (each alone is ordinary).
      const b = i === 1200 ? -a : common + 0.2 * rng.normal();
      scores.push(detector.update(i, [10 + a, 30 + 2 * b]));
    }
    expect(scores[1200]).toBeGreaterThan(0.999);
    expect(alarmRate(Float64Array.from(scores), 0.999, 200, 1200)).toBeLessThan(0.005);
  });
});
