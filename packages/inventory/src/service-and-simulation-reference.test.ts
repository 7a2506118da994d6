// Reference cases F1–F3 (service level vs fill rate) and the simulator, copied from
// shared/data/inventory/reference-cases.md (Snyder & Shen 2019 conventions; not read at run time).
import { isAppError, seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { poissonDistribution } from './discrete-distribution.ts';
import { NormalDistribution } from './normal-distribution.ts';
import { cycleServiceLevel, cycleServiceOf, fillRate, fillRateOf, levelForService } from './service-level.ts';
import { simulate } from './simulate.ts';

const normalDemand = (mean: number, sd: number, periods: number, seed: number): Float64Array => {
  const random = seededRandom(seed);
  return Float64Array.from({ length: periods }, () => mean + sd * random.normal());
};

const protectionOf = (mean: number, sd: number, lead: number) => ({
  protection: new NormalDistribution(mean * (lead + 1), sd * Math.sqrt(lead + 1)),
  leadTime: new NormalDistribution(mean * lead, sd * Math.sqrt(lead)),
  periodMean: mean,
});

describe('F1: N(50, 8), L=4, S=264.7669', () => {
  const demand = protectionOf(50, 8, 4);
  it('analytic service measures', () => {
    expect(demand.protection.cdf(264.7669)).toBeCloseTo(0.79545, 4);
    expect(fillRateOf(demand, 264.7669)).toBeCloseTo(0.95889, 4);
    expect(demand.protection.loss(264.7669)).toBeCloseTo(2.0554, 3);
  });
  it('simulation lands within 0.002 of the answers', () => {
    const result = simulate(
      normalDemand(50, 8, 200_000, 7),
      { kind: 'base-stock', orderUpTo: 264.7669 },
      {
        leadTime: 4,
        mode: 'backorder',
        warmup: 100,
      },
    );
    expect(Math.abs(result.cycleServiceLevel - 0.79545)).toBeLessThan(0.002);
    expect(Math.abs(result.fillRate - 0.95889)).toBeLessThan(0.002);
    expect(Math.abs(result.averageOnHand - 16.822) / 16.822).toBeLessThan(0.01);
    expect(Math.abs(result.averageBackorders - 2.0554) / 2.0554).toBeLessThan(0.02);
  });
});

describe('F2/F3: N(100, 20) per week, L=2 — cycle service level is not fill rate', () => {
  const demand = protectionOf(100, 20, 2);
  it('F2: 95% cycle service level', () => {
    const level = levelForService(demand, cycleServiceLevel(0.95));
    expect(level).toBeCloseTo(356.979, 3);
    expect((level - 300) / (20 * Math.sqrt(3))).toBeCloseTo(1.64485, 5);
    // The table's fill rate is given to about ±0.002 (simulator tolerance); exact value 0.99276.
    expect(Math.abs(fillRateOf(demand, level) - 0.9926)).toBeLessThan(0.002);
  });
  it('F3: 98% fill rate', () => {
    const level = levelForService(demand, fillRate(0.98));
    expect(level).toBeCloseTo(341.084, 3);
    expect((level - 300) / (20 * Math.sqrt(3))).toBeCloseTo(1.18598, 4);
    // Given to about ±0.002 in the table; exact Φ(1.18598) = 0.88218.
    expect(Math.abs(demand.protection.cdf(level) - 0.8817)).toBeLessThan(0.002);
  });
  it('the simulator confirms both targets', () => {
    const series = normalDemand(100, 20, 200_000, 11);
    const csl = simulate(
      series,
      { kind: 'base-stock', orderUpTo: 356.979 },
      { leadTime: 2, mode: 'backorder' },
    );
    const fr = simulate(
      series,
      { kind: 'base-stock', orderUpTo: 341.084 },
      { leadTime: 2, mode: 'backorder' },
    );
    expect(Math.abs(csl.cycleServiceLevel - 0.95)).toBeLessThan(0.002);
    expect(Math.abs(csl.fillRate - 0.9926)).toBeLessThan(0.002);
    expect(Math.abs(fr.fillRate - 0.98)).toBeLessThan(0.002);
    expect(Math.abs(fr.cycleServiceLevel - 0.8817)).toBeLessThan(0.003);
  });
});

describe('service targets', () => {
  it('rejects a 100% target with unbounded demand, naming the problem', () => {
    const demand = protectionOf(100, 20, 2);
    for (const target of [fillRate(1), cycleServiceLevel(1)]) {
      let caught: unknown;
      try {
        levelForService(demand, target);
      } catch (e) {
        caught = e;
      }
      expect(isAppError(caught) && caught.code === 'INVALID_INPUT').toBe(true);
      expect(String((caught as Error).message)).toMatch(/100% is unreachable with unbounded demand/);
    }
    expect(() => levelForService(demand, fillRate(1.2))).toThrow(/must be in \(0, 1\], got 1.2/);
    expect(() => levelForService(demand, fillRate(0))).toThrow(/got 0/);
  });
  it('fill rate of an (r, nQ) policy matches simulation with Poisson demand', () => {
    const random = seededRandom(5);
    const series = Float64Array.from({ length: 200_000 }, () => random.poisson(4));
    const demand = { protection: poissonDistribution(12), leadTime: poissonDistribution(8), periodMean: 4 };
    const r = levelForService(demand, fillRate(0.95), 20);
    const result = simulate(
      series,
      { kind: 'r-Q', reorderPoint: Math.ceil(r), orderQuantity: 20 },
      {
        leadTime: 2,
        mode: 'backorder',
      },
    );
    // Integer r rounds up, so the achieved fill rate is at least the target (and close to it).
    expect(result.fillRate).toBeGreaterThan(0.948);
    expect(result.fillRate).toBeLessThan(0.975);
    // Exact for integer demand: IP is uniform on {r+1, …, r+Q}.
    let exactFill = 0;
    let exactCycle = 0;
    for (let y = Math.ceil(r) + 1; y <= Math.ceil(r) + 20; y += 1) {
      exactFill += fillRateOf(demand, y) / 20;
      exactCycle += cycleServiceOf(demand, y) / 20;
    }
    expect(Math.abs(result.fillRate - exactFill)).toBeLessThan(0.002);
    expect(Math.abs(result.cycleServiceLevel - exactCycle)).toBeLessThan(0.003);
  });
});

describe('simulate', () => {
  it('lost sales: no backorders, lost units counted, fill rate consistent', () => {
    const series = Float64Array.of(5, 5, 5, 5, 20, 0, 0, 5);
    const result = simulate(
      series,
      { kind: 'base-stock', orderUpTo: 10 },
      { leadTime: 1, mode: 'lost-sales', holding: 1, penalty: 3, fixed: 2 },
    );
    expect(result.averageBackorders).toBe(0);
    // Period 4: IP=10 with 5 on hand and 5 arriving next period; demand 20 → 5 filled, 15 lost.
    expect(result.lostSales).toBe(15);
    expect(result.fillRate).toBeCloseTo(30 / 45, 12);
    expect(result.totalCost).toBeCloseTo(result.holdingCost + 45 + 2 * result.ordersPlaced, 12);
  });
  it('MOQ and pack size shape the orders', () => {
    const series = new Float64Array(10).fill(3);
    const result = simulate(
      series,
      { kind: 's-S', reorderPoint: 5, orderUpTo: 12 },
      { leadTime: 0, mode: 'backorder', moq: 10, packSize: 4 },
    );
    expect(result.unitsOrdered % 4).toBe(0);
    expect(result.unitsOrdered / result.ordersPlaced).toBeGreaterThanOrEqual(10);
  });
  it('empty demand gives zero periods and a perfect fill rate', () => {
    const result = simulate(
      new Float64Array(0),
      { kind: 'base-stock', orderUpTo: 3 },
      { leadTime: 2, mode: 'backorder' },
    );
    expect(result.periods).toBe(0);
    expect(result.fillRate).toBe(1);
  });
});
