import { describe, expect, it } from 'vitest';
import { CusumChart, EwmaChart } from './control-charts.ts';
import { HoltWintersResidual } from './holt-winters-residual.ts';
import { PageHinkley } from './page-hinkley.ts';
import { ReferenceDeviation } from './reference-deviation.ts';
import { RobustZScore } from './robust-z-score.ts';
import { StuckSensor } from './stuck-sensor.ts';
import { sensorSignal } from './test-signals.ts';
import { VarianceShift } from './variance-shift.ts';

function run(detector: { update(x: number): number }, series: Float64Array): Float64Array {
  return series.map((x) => detector.update(x));
}

function maxIn(values: Float64Array, from: number, to: number): number {
  let m = 0;
  for (let i = from; i < to; i++) m = Math.max(m, values[i]!);
  return m;
}

function countAbove(values: Float64Array, level: number, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (values[i]! > level) count++;
  return count;
}

function firstAbove(values: Float64Array, level: number, from: number): number {
  for (let i = from; i < values.length; i++) if (values[i]! > level) return i;
  return -1;
}

describe('RobustZScore', () => {
  it('is 0 on the first points, near 1 on noise, large on a spike', () => {
    const x = sensorSignal({ seed: 1, length: 400 });
    x[300] = x[300]! + 12;
    const z = run(new RobustZScore({ window: 64 }), x);
    expect(z[0]).toBe(0);
    expect(maxIn(z, 50, 300)).toBeLessThan(4.5);
    expect(z[300]).toBeGreaterThan(9);
  });

  it('handles flat data without dividing by zero and flags a departure', () => {
    const x = new Float64Array(100).fill(3);
    x[90] = 4;
    const z = run(new RobustZScore({ window: 16 }), x);
    expect(z[50]).toBe(0);
    expect(z[90]).toBeGreaterThan(1e6);
    expect(Number.isFinite(z[90]!)).toBe(true);
  });
});

describe('control charts', () => {
  it('CUSUM signals a 1-sigma level shift within 15 points, with at most 2 false signals before', () => {
    const x = sensorSignal({ seed: 2, length: 700 });
    for (let i = 500; i < x.length; i++) x[i] = x[i]! + 1;
    const c = run(new CusumChart({ k: 0.5, h: 5, baselineAlpha: 0.01 }), x);
    expect(countAbove(c, 5, 50, 500)).toBeLessThanOrEqual(2);
    const alarm = firstAbove(c, 5, 500);
    expect(alarm).toBeGreaterThanOrEqual(500);
    expect(alarm - 500).toBeLessThan(15);
  });

  it('EWMA reacts to a 1.5-sigma shift within a few points', () => {
    const x = sensorSignal({ seed: 3, length: 700 });
    for (let i = 500; i < x.length; i++) x[i] = x[i]! + 1.5;
    const e = run(new EwmaChart({ lambda: 0.2, baselineAlpha: 0.01 }), x);
    expect(maxIn(e, 50, 500)).toBeLessThan(4);
    const alarm = firstAbove(e, 4, 500);
    expect(alarm - 500).toBeLessThan(8);
    expect(alarm).toBeGreaterThanOrEqual(500);
  });
});

describe('PageHinkley', () => {
  it('detects a shift in the mean and restarts after it', () => {
    const x = sensorSignal({ seed: 4, length: 900 });
    for (let i = 600; i < x.length; i++) x[i] = x[i]! - 2;
    const ph = run(new PageHinkley({ delta: 0.5, lambda: 30, scaleAlpha: 0.01 }), x);
    expect(countAbove(ph, 30, 20, 600)).toBeLessThanOrEqual(2);
    const alarm = firstAbove(ph, 30, 600);
    expect(alarm).toBeGreaterThan(600);
    expect(alarm - 600).toBeLessThan(40);
    expect(ph[alarm + 1]!).toBeLessThan(5);
  });
});

describe('HoltWintersResidual', () => {
  it('detects the season after its buffer and flags a dip that is normal in level but wrong in phase', () => {
    const period = 48;
    const x = sensorSignal({ seed: 5, length: 1500, period, amplitude: 10, noise: 0.5 });
    const t = 1300 + 12; // season peak (+10): replace it with the level, well inside the normal range
    x[t] = 50;
    const hw = new HoltWintersResidual({
      alpha: 0.1,
      beta: 0.005,
      gamma: 0.1,
      phi: 0.95,
      seasonBuffer: 512,
      maxPeriod: 200,
    });
    const r = run(hw, x);
    expect(hw.seasonLength).toBe(period);
    expect(hw.generation).toBe(1);
    expect(maxIn(r, 900, 1300)).toBeLessThan(6);
    expect(r[t]).toBeGreaterThan(8);
  });
});

describe('StuckSensor', () => {
  it('counts repeats relative to how often the tag usually repeats', () => {
    const x = sensorSignal({ seed: 6, length: 300 });
    for (let i = 200; i < 230; i++) x[i] = x[199]!;
    const s = run(new StuckSensor(), x);
    expect(maxIn(s, 0, 200)).toBe(0);
    expect(s[229]).toBeGreaterThan(20);
    expect(s[231]).toBe(0);
  });
});

describe('VarianceShift', () => {
  it('flags noise that triples and a sensor that goes quiet, not a level shift', () => {
    const x = sensorSignal({ seed: 7, length: 1200 });
    for (let i = 600; i < 700; i++) x[i] = 50 + 3 * (x[i]! - 50);
    for (let i = 900; i < 1000; i++) x[i] = 50 + 0.05 * (x[i]! - 50);
    for (let i = 1100; i < 1200; i++) x[i] = x[i]! + 5;
    const v = run(new VarianceShift({ shortAlpha: 0.1, longAlpha: 0.005 }), x);
    expect(maxIn(v, 100, 600)).toBeLessThan(0.7);
    expect(maxIn(v, 600, 640)).toBeGreaterThan(0.9);
    expect(maxIn(v, 900, 930)).toBeGreaterThan(2);
    expect(maxIn(v, 1102, 1200)).toBeLessThan(0.7);
  });
});

describe('ReferenceDeviation', () => {
  it('stays high through a long abnormal regime where the EWMA chart re-centres', () => {
    const x = sensorSignal({ seed: 8, length: 1600 });
    for (let i = 1000; i < 1400; i++) x[i] = x[i]! + 3;
    const r = run(new ReferenceDeviation({ shortAlpha: 0.1, referenceAlpha: 0.001 }), x);
    const e = run(new EwmaChart({ lambda: 0.2, baselineAlpha: 0.01 }), x);
    expect(maxIn(r, 100, 1000)).toBeLessThan(1.5);
    expect(r[1399]).toBeGreaterThan(2);
    expect(e[1399]).toBeLessThan(r[1399]!);
    expect(r[1599]).toBeLessThan(1.5);
  });
});
