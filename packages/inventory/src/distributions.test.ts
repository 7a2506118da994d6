// Distributions: cdf/quantile round trips, loss functions against direct numerical integration, edge cases.
import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import {
  distributionFromQuantiles,
  empiricalDistribution,
  latticeDistribution,
  poissonDistribution,
} from './discrete-distribution.ts';
import type { DemandDistribution } from './distribution.ts';
import { GammaDistribution } from './gamma-distribution.ts';
import {
  compoundNormalLeadTimeDemand,
  leadTimeDemandFromPeriods,
  leadTimeDemandFromSamplePaths,
  randomLeadTimeDemand,
  sumOfPeriods,
} from './lead-time-demand.ts';
import { NormalDistribution } from './normal-distribution.ts';
import { normalCdf, normalQuantile, normalSurvival } from './special-functions.ts';

/** E[(D − x)⁺] and ½E[((D − x)⁺)²] of a continuous law by the trapezoid rule on its density. */
function integrateLosses(d: DemandDistribution, x: number, hi: number): [number, number] {
  const steps = 200_000;
  const h = (hi - x) / steps;
  let first = 0;
  let second = 0;
  for (let i = 0; i <= steps; i += 1) {
    const y = x + i * h;
    const w = i === 0 || i === steps ? 0.5 : 1;
    const f = d.density(y) * w * h;
    first += (y - x) * f;
    second += 0.5 * (y - x) ** 2 * f;
  }
  return [first, second];
}

describe('special functions', () => {
  it('normal cdf and quantile match published values and invert each other', () => {
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 13);
    expect(normalSurvival(8)).toBeCloseTo(6.22096057427178e-16, 28);
    expect(normalSurvival(8) / 6.22096057427178e-16).toBeCloseTo(1, 10);
    for (const p of [1e-12, 1e-6, 0.01, 0.3, 0.5, 0.77, 0.99]) {
      expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 9);
    }
    expect(normalSurvival(normalQuantile(1 - 1e-9)) / 1e-9).toBeCloseTo(1, 6);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isNaN(normalQuantile(Number.NaN))).toBe(true);
  });
});

describe('continuous distributions', () => {
  it('normal loss functions agree with numerical integration', () => {
    const d = new NormalDistribution(50, 8);
    for (const x of [30, 50, 62]) {
      const [first, second] = integrateLosses(d, x, 50 + 12 * 8);
      expect(d.loss(x)).toBeCloseTo(first, 7);
      expect(d.secondLoss(x)).toBeCloseTo(second, 6);
    }
  });
  it('gamma loss functions, cdf and quantile agree with integration', () => {
    const d = GammaDistribution.fromMoments(20, 12);
    expect(d.mean).toBeCloseTo(20, 12);
    expect(Math.sqrt(d.variance)).toBeCloseTo(12, 12);
    for (const x of [5, 20, 45]) {
      const [first, second] = integrateLosses(d, x, 400);
      expect(d.loss(x)).toBeCloseTo(first, 6);
      expect(d.secondLoss(x)).toBeCloseTo(second, 5);
    }
    expect(d.loss(-3)).toBeCloseTo(23, 12);
    expect(d.cdf(d.quantile(0.9))).toBeCloseTo(0.9, 10);
  });
  it('a zero sd normal is a point mass', () => {
    const d = new NormalDistribution(10, 0);
    expect(d.cdf(9.99)).toBe(0);
    expect(d.cdf(10)).toBe(1);
    expect(d.loss(7)).toBe(3);
    expect(d.quantile(0.3)).toBe(10);
  });
});

describe('discrete distributions', () => {
  it('Poisson pmf, cdf and losses', () => {
    const d = poissonDistribution(6);
    expect(d.mean).toBeCloseTo(6, 10);
    expect(d.variance).toBeCloseTo(6, 8);
    expect(d.density(6)).toBeCloseTo(0.16062314104798, 12);
    expect(d.cdf(8)).toBeCloseTo(0.8472374939845613, 12);
    expect(d.quantile(0.8)).toBe(8);
    expect(d.upper).toBe(Number.POSITIVE_INFINITY);
    // n(x) = E[(D − x)⁺] by direct summation.
    let direct = 0;
    for (let k = 9; k < 60; k += 1) direct += (k - 8) * d.density(k);
    expect(d.loss(8)).toBeCloseTo(direct, 12);
    expect(d.loss(8.5)).toBeCloseTo(0.5 * (d.loss(8) + d.loss(9)), 12);
  });
  it('empirical distribution from samples merges ties and has exact moments', () => {
    const d = empiricalDistribution([3, 1, 3, 0, 3]);
    expect(Array.from(d.values)).toEqual([0, 1, 3]);
    expect(Array.from(d.probabilities)).toEqual([0.2, 0.2, 0.6000000000000001]);
    expect(d.mean).toBeCloseTo(2, 12);
    expect(d.loss(1)).toBeCloseTo(0.6 * 2, 12);
    expect(d.secondLoss(1)).toBeCloseTo(0.5 * 0.6 * 4, 12);
    expect(d.cdf(2.9)).toBeCloseTo(0.4, 12);
    expect(d.quantile(0.5)).toBe(3);
    expect(d.upper).toBe(3);
  });
  it('one sample is a point mass', () => {
    const d = empiricalDistribution([4]);
    expect(d.variance).toBe(0);
    expect(d.loss(1)).toBe(3);
    expect(d.cdf(4)).toBe(1);
  });
  it('quantile forecasts give the interpolated inverse cdf', () => {
    const d = distributionFromQuantiles([0.1, 0.5, 0.9], [10, 20, 40], 1000);
    expect(d.quantile(0.5)).toBeCloseTo(20, 0);
    expect(d.quantile(0.7)).toBeCloseTo(30, 0);
    expect(d.cdf(9.99)).toBe(0);
    expect(d.upper).toBe(40);
  });
});

describe('lead-time demand', () => {
  it('sums of periods: normal, gamma and Poisson closed forms agree with convolution', () => {
    const normal = sumOfPeriods(new NormalDistribution(5, 2), 4);
    expect(normal.mean).toBe(20);
    expect(normal.variance).toBeCloseTo(16, 12);
    const gamma = sumOfPeriods(new GammaDistribution(2, 3), 3) as GammaDistribution;
    expect(gamma.shape).toBe(6);
    const convolved = sumOfPeriods(poissonDistribution(2), 3);
    const direct = poissonDistribution(6);
    for (const x of [0, 3, 6, 11]) expect(convolved.cdf(x)).toBeCloseTo(direct.cdf(x), 12);
    expect(sumOfPeriods(poissonDistribution(2), 0).loss(0)).toBe(0);
  });
  it('random lead time: the mixture has the compound mean and variance', () => {
    const perPeriod = new NormalDistribution(10, 3);
    const leadTime = { values: [1, 2, 3], probabilities: [0.2, 0.5, 0.3] };
    const mixture = randomLeadTimeDemand(perPeriod, leadTime);
    const meanL = 2.1;
    const varL = 0.2 * 1 + 0.5 * 4 + 0.3 * 9 - meanL ** 2;
    expect(mixture.mean).toBeCloseTo(10 * meanL, 10);
    expect(mixture.variance).toBeCloseTo(meanL * 9 + 100 * varL, 8);
    const approx = compoundNormalLeadTimeDemand({ mean: 10, sd: 3 }, { mean: meanL, sd: Math.sqrt(varL) });
    expect(approx.variance).toBeCloseTo(mixture.variance, 8);
    expect(mixture.cdf(mixture.quantile(0.95))).toBeCloseTo(0.95, 9);
  });
  it('random lead time with Poisson demand is discrete and its losses are mixture losses', () => {
    const mixture = randomLeadTimeDemand(
      poissonDistribution(4),
      { values: [0, 2], probabilities: [0.5, 0.5] },
      1,
    );
    expect(mixture.kind).toBe('discrete');
    expect(mixture.loss(5)).toBeCloseTo(
      0.5 * poissonDistribution(4).loss(5) + 0.5 * poissonDistribution(12).loss(5),
      10,
    );
    // P(D ≤ 6) = 0.467 and P(D ≤ 7) = 0.519, so the median is the atom 7.
    expect(mixture.quantile(0.5)).toBe(7);
  });
  it('from forecast sample paths and from per-period distributions', () => {
    const random = seededRandom(1);
    const horizon = 6;
    const samples = Float64Array.from({ length: 4000 * horizon }, () => random.poisson(3));
    const fromPaths = leadTimeDemandFromSamplePaths(samples, horizon, 4);
    expect(fromPaths.mean).toBeCloseTo(12, 0);
    const perPeriod = [
      latticeDistribution(Float64Array.of(0.5, 0.5)),
      latticeDistribution(Float64Array.of(0, 0, 1)),
    ];
    const total = leadTimeDemandFromPeriods(perPeriod, 3);
    // {0,1} + 2 + 2 → {4, 5} with equal probability.
    expect(total.cdf(3.5)).toBe(0);
    expect(total.cdf(4)).toBeCloseTo(0.5, 12);
    expect(total.mean).toBeCloseTo(4.5, 12);
  });
});
