// Reference cases N1, N2, P1, P2, SS1, ZF table, PA1, RQ1–RQ3, E1, E2 from Snyder & Shen (2019) as verified
// by the stockpyl test suite (copied from shared/data/inventory/reference-cases.md; not read at run time).
import { describe, expect, it } from 'vitest';
import { poissonDistribution } from './discrete-distribution.ts';
import { eoq, eoqWithBackorders } from './eoq.ts';
import { newsvendor, newsvendorCost } from './newsvendor.ts';
import { NormalDistribution } from './normal-distribution.ts';
import { optimalRQ, optimalRQDiscrete, rqCost, rqCostDiscrete } from './r-q-policy.ts';
import { optimalSSDiscrete, powerApproximationSS, ssCostDiscrete } from './s-s-policy.ts';

const rel = (actual: number, expected: number, tolerance = 1e-6) =>
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(tolerance);

describe('newsvendor, normal demand', () => {
  it('N1: h=0.18, p=0.7, N(50, 8)', () => {
    const demand = new NormalDistribution(50, 8);
    const costs = { holding: 0.18, penalty: 0.7 };
    const solution = newsvendor(demand, costs);
    rel(solution.level, 56.603955927433887);
    rel(solution.cost, 1.997605193176645);
    rel(newsvendorCost(demand, 40, costs), 7.356131552870388);
    rel(newsvendorCost(demand, 60, costs), 2.156131552870387);
  });
  it('N2: h=43, p=79, N(900, 60)', () => {
    const demand = new NormalDistribution(900, 60);
    const costs = { holding: 43, penalty: 79 };
    const solution = newsvendor(demand, costs);
    rel(solution.level, 922.7214038234755);
    rel(solution.cost, 2718.196781782411);
    rel(newsvendorCost(demand, 1040, costs), 6044.298415188692);
  });
});

describe('newsvendor, Poisson demand', () => {
  it('P1: h=1, p=4, Poisson(6)', () => {
    const demand = poissonDistribution(6);
    const solution = newsvendor(demand, { holding: 1, penalty: 4 });
    expect(solution.level).toBe(8);
    rel(solution.cost, 3.570106945770946);
    rel(newsvendorCost(demand, 5, { holding: 1, penalty: 4 }), 6.590296024616344);
  });
  it('P2: h=200, p=270, Poisson(18)', () => {
    const demand = poissonDistribution(18);
    const solution = newsvendor(demand, { holding: 200, penalty: 270 });
    expect(solution.level).toBe(19);
    rel(solution.cost, 786.0884409351115);
    rel(newsvendorCost(demand, 13, { holding: 200, penalty: 270 }), 1445.751062891969);
  });
});

describe('(s, S) exact, Zheng & Federgruen', () => {
  it('SS1: h=1, p=4, K=5, Poisson(6)', () => {
    const demand = poissonDistribution(6);
    const costs = { holding: 1, penalty: 4, fixed: 5 };
    const solution = optimalSSDiscrete(demand, demand, costs);
    expect([solution.reorderPoint, solution.orderUpTo]).toEqual([4, 10]);
    rel(solution.cost, 8.034111561471644);
    rel(ssCostDiscrete(demand, demand, { reorderPoint: 6, orderUpTo: 18 }, costs), 10.193798671644046);
  });
  // Zheng & Federgruen (1991) table: h=1, p=9, K=64, L=0; S* is not monotone in mu (20..23).
  const table: [number, number, number, number][] = [
    [10, 6, 40, 35.022],
    [15, 10, 49, 42.698],
    [20, 14, 62, 49.173],
    [21, 15, 65, 50.406],
    [22, 16, 68, 51.632],
    [23, 17, 52, 52.757],
    [24, 18, 54, 53.518],
    [25, 19, 56, 54.262],
    [30, 23, 66, 57.819],
    [35, 28, 77, 61.215],
  ];
  it.each(table)('ZF mu=%d gives s=%d S=%d g=%d', (mu, s, S, g) => {
    const demand = poissonDistribution(mu);
    const solution = optimalSSDiscrete(demand, demand, { holding: 1, penalty: 9, fixed: 64 });
    expect([solution.reorderPoint, solution.orderUpTo]).toEqual([s, S]);
    expect(Math.abs(solution.cost - g)).toBeLessThan(5e-4);
  });
});

describe('(s, S) power approximation', () => {
  it('PA1: h=0.18, p=0.7, K=2.5, N(50, 8)', () => {
    const policy = powerApproximationSS({ mean: 50, sd: 8 }, { holding: 0.18, penalty: 0.7, fixed: 2.5 });
    rel(policy.reorderPoint, 40.194616956474071);
    rel(policy.orderUpTo, 74.290170109805786);
  });
});

describe('(r, Q)', () => {
  // R1: h=0.225, p=7.5, K=8, lambda=1300/yr, sigma=150/yr, L=1/12 yr.
  const costs = { holding: 0.225, penalty: 7.5, fixed: 8, rate: 1300 };
  const leadTimeDemand = new NormalDistribution(1300 / 12, 150 * Math.sqrt(1 / 12));
  it('RQ1: exact expected cost', () => {
    rel(rqCost(leadTimeDemand, { reorderPoint: 126.8, orderQuantity: 328.5 }, costs), 78.071162509282942);
    rel(rqCost(leadTimeDemand, { reorderPoint: 100, orderQuantity: 250 }, costs), 87.346478028174985);
  });
  it('RQ2: loss-function optimum', () => {
    const solution = optimalRQ(leadTimeDemand, costs);
    rel(solution.reorderPoint, 126.8670642878315, 1e-5);
    rel(solution.orderQuantity, 328.4491413581765, 1e-5);
    expect(solution.cost).toBeLessThan(78.071162509282942);
  });
  it('RQ3: exact Poisson (r, Q), h=20, p=150, K=100, lambda=1.5, L=2', () => {
    const ltd = poissonDistribution(3);
    const poissonCosts = { holding: 20, penalty: 150, fixed: 100, rate: 1.5 };
    const solution = optimalRQDiscrete(ltd, poissonCosts);
    expect([solution.reorderPoint, solution.orderQuantity]).toEqual([3, 5]);
    rel(solution.cost, 107.9235806331498);
    rel(rqCostDiscrete(ltd, { reorderPoint: 3, orderQuantity: 5 }, poissonCosts), 107.9235806331498);
  });
});

describe('EOQ', () => {
  it('E1: K=8, h=0.225, lambda=1300', () => {
    const result = eoq({ fixed: 8, holding: 0.225, rate: 1300 });
    rel(result.quantity, 304.0467800264368);
    rel(result.cost, 68.410525505948272);
  });
  it('E2: with backorders, p=5', () => {
    const result = eoqWithBackorders({ fixed: 8, holding: 0.225, rate: 1300, penalty: 5 });
    rel(result.quantity, 310.8125551589646);
    rel(result.stockoutFraction, 0.043062200956938);
    rel(result.cost, 66.921363550973254);
  });
});
