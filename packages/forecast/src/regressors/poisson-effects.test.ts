import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { estimateEffects } from './poisson-effects.ts';

/** Flat baseline of 30 a day; column values 1 on 4-day runs every `every` days from `first`. */
function column(n: number, first: number, every: number): Float64Array {
  const values = new Float64Array(n);
  for (let start = first; start < n; start += every) values.fill(1, start, Math.min(n, start + 4));
  return values;
}

describe('estimateEffects', () => {
  const n = 600;
  const baseline = new Float64Array(n).fill(30);
  const options = { minEvents: 3, shrinkage: 1, validate: true };

  it('separates two overlapping effects (backfitting) and shrinks them toward 1', () => {
    const random = seededRandom(3);
    const a = column(n, 10, 40);
    const b = column(n, 12, 80);
    const y = Float64Array.from({ length: n }, (_, t) => random.poisson(30 * 2 ** a[t]! * 0.5 ** b[t]!));
    const columns = [
      { name: 'a', values: a },
      { name: 'b', values: b },
    ];
    const [rawA, rawB] = estimateEffects(y, baseline, columns, { ...options, shrinkage: 0 });
    expect(rawA!.events).toBe(15);
    expect(rawB!.events).toBe(8);
    expect(rawA!.factor).toBeGreaterThan(1.85);
    expect(rawA!.factor).toBeLessThan(2.15);
    expect(rawB!.factor).toBeGreaterThan(0.43);
    expect(rawB!.factor).toBeLessThan(0.57);
    // One pseudo-event of "no effect": about m/(m+1) of the log effect stays (exactly so for small effects).
    const [effectA, effectB] = estimateEffects(y, baseline, columns, options);
    const keptA = Math.log(effectA!.factor) / Math.log(rawA!.factor);
    const keptB = Math.log(effectB!.factor) / Math.log(rawB!.factor);
    expect(keptA).toBeGreaterThan(0.85);
    expect(keptA).toBeLessThan(15 / 16 + 0.01);
    expect(keptB).toBeGreaterThan(0.75);
    expect(keptB).toBeLessThan(8 / 9 + 0.01);
  });

  it('drops or keeps only a small effect where flagged days are pure noise (leave-one-event-out)', () => {
    let dropped = 0;
    for (const seed of [3, 4, 5, 6, 7]) {
      const random = seededRandom(seed);
      const y = Float64Array.from({ length: n }, () => random.poisson(30));
      const [placebo] = estimateEffects(
        y,
        baseline,
        [{ name: 'placebo', values: column(n, 3, 50) }],
        options,
      );
      if (placebo!.used) expect(Math.abs(placebo!.factor - 1)).toBeLessThan(0.06);
      else {
        expect(placebo).toMatchObject({ reason: 'no-gain', factor: 1 });
        expect(placebo!.errorRatio).toBeGreaterThanOrEqual(1);
        dropped++;
      }
    }
    expect(dropped).toBeGreaterThanOrEqual(4);
  });

  it('keeps every fitted effect when validation is off, and marks rare ones', () => {
    const random = seededRandom(6);
    const y = Float64Array.from({ length: n }, () => random.poisson(30));
    const rare = new Float64Array(n);
    rare.fill(1, 100, 103);
    const [placebo, once] = estimateEffects(
      y,
      baseline,
      [
        { name: 'placebo', values: column(n, 3, 50) },
        { name: 'once', values: rare },
      ],
      { ...options, validate: false },
    );
    expect(placebo!.used).toBe(true);
    expect(Number.isNaN(placebo!.errorRatio)).toBe(true);
    expect(once).toMatchObject({ events: 1, used: false, reason: 'few-events' });
  });
});
