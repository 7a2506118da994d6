import { describe, expect, it } from 'vitest';
import { abcClasses, classifyDemand, xyzClass } from './demand-class.ts';

describe('classifyDemand (Syntetos–Boylan)', () => {
  it('calls a steady daily series smooth', () => {
    const result = classifyDemand(Float64Array.from({ length: 28 }, (_, t) => 10 + (t % 2)));
    expect(result.adi).toBe(1);
    expect(result.cv2).toBeCloseTo(0.25 / 110.25 / (27 / 28), 6);
    expect(result.pattern).toBe('smooth');
    expect(result.intermittent).toBe(false);
  });

  it('flags sparse demand intermittent (ADI > 1.32) and lumpy when sizes vary (CV² > 0.49)', () => {
    const sparse = new Float64Array(30);
    for (let t = 0; t < 30; t += 3) sparse[t] = 5;
    expect(classifyDemand(sparse)).toMatchObject({
      adi: 3,
      cv2: 0,
      pattern: 'intermittent',
      intermittent: true,
    });
    const lumpy = new Float64Array(30);
    for (let t = 0; t < 30; t += 3) lumpy[t] = t % 2 === 0 ? 1 : 20;
    expect(classifyDemand(lumpy).pattern).toBe('lumpy');
  });

  it('handles all zeros, one sale and a short series', () => {
    expect(classifyDemand(new Float64Array(10))).toMatchObject({ pattern: 'none', intermittent: true });
    const one = classifyDemand(Float64Array.of(4));
    expect(one).toMatchObject({ adi: 1, pattern: 'smooth' });
    expect(one.cv2).toBeNaN();
    expect(one.weeklyCv).toBeNaN();
  });

  it('measures the weekly coefficient of variation over whole weeks counted from the end', () => {
    const daily = new Float64Array(15);
    daily[0] = 100; // the incomplete oldest week is ignored
    for (let t = 1; t < 8; t++) daily[t] = 1; // week total 7
    for (let t = 8; t < 15; t++) daily[t] = 3; // week total 21
    expect(classifyDemand(daily).weeklyCv).toBeCloseTo(Math.sqrt(98) / 14, 10);
  });
});

describe('ABC and XYZ classes', () => {
  it('splits revenue at 80% and 95% cumulative share', () => {
    expect(abcClasses([10, 700, 150, 100, 40])).toEqual(['C', 'A', 'A', 'B', 'C']);
    expect(abcClasses([0, 0])).toEqual(['C', 'C']);
  });

  it('classes weekly CV at 0.5 and 1', () => {
    expect([0.2, 0.5, 0.8, 1.5, Number.NaN].map(xyzClass)).toEqual(['X', 'X', 'Y', 'Z', 'Z']);
  });
});
