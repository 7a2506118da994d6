import { describe, expect, it } from 'vitest';
import { eventFreeBaseline } from './event-baseline.ts';

const SHAPE = [1.4, 1.2, 1, 1, 1, 0.8, 0.6];

describe('eventFreeBaseline', () => {
  it('recovers level × weekday on event days from the event-free days around them', () => {
    const n = 140;
    const y = new Float64Array(n);
    const normal = new Uint8Array(n).fill(1);
    for (let t = 0; t < n; t++) y[t] = 50 * SHAPE[t % 7]!;
    for (let t = 60; t < 74; t++) {
      y[t] = 150 * SHAPE[t % 7]!;
      normal[t] = 0;
    }
    const baseline = eventFreeBaseline(y, normal, { season: 7, levelDays: 28 });
    for (const t of [0, 61, 65, 73, 139]) expect(baseline[t]).toBeCloseTo(50 * SHAPE[t % 7]!, 9);
  });

  it('follows a level shift and lets a closed weekday stay near zero', () => {
    const n = 112;
    const y = Float64Array.from({ length: n }, (_, t) => (t % 7 === 6 ? 0 : t < 56 ? 10 : 20));
    const baseline = eventFreeBaseline(y, new Uint8Array(n).fill(1), { season: 7, levelDays: 14 });
    // The weekday index is shared over the shift, so days near either level are off by a few percent.
    expect(Math.abs(baseline[7]! - 10)).toBeLessThan(0.3);
    expect(Math.abs(baseline[105]! - 20)).toBeLessThan(0.6);
    expect(baseline[13]).toBe(0);
  });

  it('falls back to the mean when every day is an event, and handles one point', () => {
    const y = Float64Array.from([1, 2, 3, 6]);
    expect(Array.from(eventFreeBaseline(y, new Uint8Array(4), { season: 7, levelDays: 28 }))).toEqual([
      3, 3, 3, 3,
    ]);
    const one = eventFreeBaseline(Float64Array.from([5]), Uint8Array.from([1]), { season: 7, levelDays: 28 });
    expect(one[0]).toBeCloseTo(5, 12);
  });
});
