// Policies beyond the reference table: (s, S) with lead time vs simulation, order rounding, budget allocation.
import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { allocateBudget } from './budget-allocation.ts';
import { poissonDistribution } from './discrete-distribution.ts';
import { sumOfPeriods } from './lead-time-demand.ts';
import { NormalDistribution } from './normal-distribution.ts';
import { roundOrderQuantity } from './order-rounding.ts';
import { optimalSSDiscrete, ssCostDiscrete } from './s-s-policy.ts';
import { simulate } from './simulate.ts';

describe('(s, S) with a lead time', () => {
  it('the exact cost matches a long simulation and the optimum beats its neighbours', () => {
    const perPeriod = poissonDistribution(5);
    const protection = sumOfPeriods(perPeriod, 3); // L = 2
    const costs = { holding: 1, penalty: 9, fixed: 20 };
    const best = optimalSSDiscrete(perPeriod, protection, costs);
    for (const [ds, dS] of [
      [-1, 0],
      [1, 0],
      [0, -1],
      [0, 1],
    ] as const) {
      const neighbour = { reorderPoint: best.reorderPoint + ds, orderUpTo: best.orderUpTo + dS };
      expect(ssCostDiscrete(perPeriod, protection, neighbour, costs)).toBeGreaterThanOrEqual(
        best.cost - 1e-12,
      );
    }
    const random = seededRandom(9);
    const series = Float64Array.from({ length: 200_000 }, () => random.poisson(5));
    const result = simulate(
      series,
      { kind: 's-S', reorderPoint: best.reorderPoint, orderUpTo: best.orderUpTo },
      {
        leadTime: 2,
        mode: 'backorder',
        warmup: 50,
        ...costs,
      },
    );
    expect(Math.abs(result.totalCost / result.periods - best.cost) / best.cost).toBeLessThan(0.01);
  });
});

describe('order rounding', () => {
  it('applies MOQ then whole packs, and leaves zero alone', () => {
    expect(roundOrderQuantity(0, { moq: 10, packSize: 6 })).toBe(0);
    expect(roundOrderQuantity(-3, { moq: 10 })).toBe(0);
    expect(roundOrderQuantity(3, { moq: 10, packSize: 6 })).toBe(12);
    expect(roundOrderQuantity(13, { moq: 10, packSize: 6 })).toBe(18);
    expect(roundOrderQuantity(12, { packSize: 6 })).toBe(12);
    expect(roundOrderQuantity(2.5, {})).toBe(2.5);
  });
});

describe('budget allocation', () => {
  const items = [
    { id: 'A', demand: new NormalDistribution(200, 60), holding: 0.5, penalty: 5, weight: 40 },
    { id: 'B', demand: new NormalDistribution(36, 12), holding: 2, penalty: 30, weight: 150 },
    { id: 'C', demand: new NormalDistribution(80, 40), holding: 1, penalty: 4, weight: 10 },
  ];
  it('a slack budget gives the unconstrained newsvendor levels', () => {
    const result = allocateBudget(items, 1e9);
    expect(result.multiplier).toBe(0);
    expect(result.levels.A).toBeCloseTo(200 + 60 * 1.3351777361189363, 6);
  });
  it('a binding budget is used exactly and equalises marginal cost per unit of budget (KKT)', () => {
    const result = allocateBudget(items, 12_000);
    expect(result.used).toBeCloseTo(12_000, 3);
    for (const item of items) {
      const level = result.levels[item.id] as number;
      // g'(S) = h − (h + p)(1 − F(S)); at the optimum −g'(S)/w = λ for every item.
      const slope = item.holding - (item.holding + item.penalty) * (1 - item.demand.cdf(level));
      expect(-slope / item.weight).toBeCloseTo(result.multiplier, 6);
    }
    const loose = allocateBudget(items, 14_000);
    expect(loose.cost).toBeLessThan(result.cost);
  });
});
