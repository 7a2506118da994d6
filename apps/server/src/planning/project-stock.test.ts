import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { dailyFromForecast } from './demand-model.ts';
import { projectStock } from './project-stock.ts';

describe('projectStock', () => {
  it('follows deterministic demand exactly: depletion, an (r, Q) order, its arrival after the lead time', () => {
    const daily = dailyFromForecast([{ mean: 10, p10: 10, p90: 10 }], 6);
    const projection = projectStock({
      daily,
      onHand: 50,
      onOrder: 0,
      leadTimeDays: 2,
      reorderPoint: 25,
      orderQuantity: 40,
      days: 6,
      paths: 5,
      random: seededRandom(1),
    });
    // Day 0: 40, day 1: 30, day 2: 20 (order 40, arrives day 5), day 3: 10, day 4: 0, day 5: 0 + 40 − 10 = 30.
    expect(Array.from(projection.p50)).toEqual([40, 30, 20, 10, 0, 30]);
    expect(Array.from(projection.p10)).toEqual(Array.from(projection.p90));
    expect(projection.fillRate).toBe(1);
  });

  it('counts backordered demand as short and gives a band that widens with uncertainty', () => {
    const daily = dailyFromForecast([{ mean: 10, p10: 5, p90: 15 }], 20);
    const projection = projectStock({
      daily,
      onHand: 30,
      onOrder: 0,
      leadTimeDays: 5,
      reorderPoint: 0,
      orderQuantity: 0,
      days: 20,
      paths: 400,
      random: seededRandom(9),
    });
    expect(projection.p90[1]).toBeGreaterThan(projection.p10[1] ?? 0);
    // 30 units against ~200 demanded: fill rate near 0.15.
    expect(projection.fillRate).toBeGreaterThan(0.12);
    expect(projection.fillRate).toBeLessThan(0.18);
  });
});
