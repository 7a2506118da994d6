import { describe, expect, it } from 'vitest';
import { PatternNovelty } from './pattern-novelty.ts';

describe('PatternNovelty', () => {
  it('returns NaN inside a block and until a full pattern exists, then ∞ with an empty memory', () => {
    const p = new PatternNovelty({ step: 2, length: 2, memory: 4 });
    expect(p.push(1, 0, 1)).toBeNaN(); // block 1 open
    expect(p.push(3, 0, 1)).toBeNaN(); // block 1 closed: 1 point, pattern incomplete
    expect(p.push(0, 0, 1)).toBeNaN();
    expect(p.push(0, 0, 1)).toBe(Number.POSITIVE_INFINITY); // pattern [2, 0]; nothing stored
    expect(p.size).toBe(0);
  });

  it('measures the RMS distance of block means to the nearest non-overlapping pattern', () => {
    const p = new PatternNovelty({ step: 1, length: 2, memory: 8 });
    const out = [0, 1, 0, 1, 0.5, 0].map((x) => p.push(x, 0, 1));
    expect(out[0]).toBeNaN();
    // Patterns [0,1], [1,0], [0,1] meet an empty memory: the first is stored only at t = 3.
    expect(out.slice(1, 4)).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
    // t = 4: [1, 0.5] against {[0,1]}: √((1 + 0.25)/2).
    expect(out[4]).toBeCloseTo(Math.sqrt(0.625), 12);
    // t = 5: [0.5, 0] against {[0,1], [1,0]}: nearest [1,0] at √(0.25/2).
    expect(out[5]).toBeCloseTo(Math.sqrt(0.125), 12);
    expect(p.size).toBe(3);
  });

  it('scales by the caller range and overwrites the oldest pattern when full', () => {
    const p = new PatternNovelty({ step: 1, length: 1, memory: 2 });
    expect(p.push(10, 10, 10)).toBe(Number.POSITIVE_INFINITY); // scaled 0; stored one point later
    p.push(20, 10, 10); // scaled 1; memory {0}
    expect(p.push(15, 10, 10)).toBeCloseTo(0.5, 12); // 0.5 against {0}; memory {0, 1}
    expect(p.push(10, 10, 10)).toBe(0); // 0 against {0, 1}; then 0.5 overwrites 0
    expect(p.size).toBe(2);
    expect(p.push(10, 10, 10)).toBeCloseTo(0.5, 12); // 0 against {0.5, 1}
  });
});
