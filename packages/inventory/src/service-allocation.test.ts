// Portfolio service allocation against brute force on small seeded instances.
import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { allocateService, type ServiceOptions } from './service-allocation.ts';

/** Items with concave service curves: option k costs k·price and serves demand·(1 − e^{−k/scale}). */
function instance(items: number, count: number, seed: number): ServiceOptions {
  const random = seededRandom(seed);
  const cost = new Float64Array(items * count);
  const served = new Float64Array(items * count);
  for (let i = 0; i < items; i += 1) {
    const price = 1 + 20 * random.next();
    const demand = 1 + 10 * random.next();
    const scale = 0.5 + 2 * random.next();
    for (let k = 0; k < count; k += 1) {
      cost[i * count + k] = k * price;
      served[i * count + k] = demand * (1 - Math.exp(-(k + 1) / scale));
    }
  }
  return { cost, served, count };
}

/** Least cost of any choice serving at least `required` (enumeration). */
function bruteForce(options: ServiceOptions, required: number): number {
  const items = options.cost.length / options.count;
  let best = Number.POSITIVE_INFINITY;
  const choice = new Array<number>(items).fill(0);
  for (;;) {
    let cost = 0;
    let served = 0;
    choice.forEach((k, i) => {
      cost += options.cost[i * options.count + k] as number;
      served += options.served[i * options.count + k] as number;
    });
    if (served >= required - 1e-9) best = Math.min(best, cost);
    let i = 0;
    while (i < items && choice[i] === options.count - 1) {
      choice[i] = 0;
      i += 1;
    }
    if (i === items) return best;
    choice[i] = (choice[i] as number) + 1;
  }
}

describe('allocateService', () => {
  it('meets the requirement at the least cost for the service it achieves', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const options = instance(4, 5, seed);
      let top = 0;
      for (let i = 0; i < 4; i += 1) top += options.served[i * 5 + 4] as number;
      const required = 0.9 * top;
      const result = allocateService(options, required);
      expect(result.met).toBe(true);
      expect(result.served).toBeGreaterThanOrEqual(required);
      expect(result.cost).toBeCloseTo(bruteForce(options, result.served), 9);
      // Never dearer than the cheapest choice meeting the requirement by more than one item's step.
      expect(result.cost).toBeLessThanOrEqual(bruteForce(options, required) + 20 + 1e-9);
    }
  });

  it('takes the cheapest options when they already suffice, with multiplier 0', () => {
    const options = instance(3, 4, 7);
    const result = allocateService(options, 0);
    expect(Array.from(result.choice)).toEqual([0, 0, 0]);
    expect(result.multiplier).toBe(0);
    expect(result.cost).toBe(0);
  });

  it('reports an unreachable requirement and chooses the most-serving options', () => {
    const options = instance(3, 4, 8);
    const result = allocateService(options, 1e9);
    expect(result.met).toBe(false);
    expect(Array.from(result.choice)).toEqual([3, 3, 3]);
  });

  it('spends where service is cheap: the low-price item gets the higher option', () => {
    const options: ServiceOptions = {
      cost: Float64Array.of(0, 1, 0, 100),
      served: Float64Array.of(5, 10, 5, 10),
      count: 2,
    };
    const result = allocateService(options, 15);
    expect(Array.from(result.choice)).toEqual([1, 0]);
    expect(result.cost).toBe(1);
    expect(result.served).toBe(15);
  });

  it('rejects malformed options', () => {
    expect(() =>
      allocateService({ cost: new Float64Array(3), served: new Float64Array(3), count: 2 }, 1),
    ).toThrow(/multiple of count 2/);
    expect(() =>
      allocateService({ cost: new Float64Array(2), served: new Float64Array(2), count: 0 }, 1),
    ).toThrow(/count must be a whole number/);
    expect(() =>
      allocateService({ cost: Float64Array.of(Number.NaN), served: Float64Array.of(1), count: 1 }, 1),
    ).toThrow(/finite/);
    expect(() => allocateService(instance(1, 2, 1), Number.NaN)).toThrow(/required must be finite/);
  });
});
