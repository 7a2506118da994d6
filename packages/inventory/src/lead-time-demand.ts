/** Lead-time demand: sums of per-period demand over a fixed or random number of periods. */
import { DiscreteDistribution, empiricalDistribution, latticeDistribution } from './discrete-distribution.ts';
import type { DemandDistribution } from './distribution.ts';
import { GammaDistribution } from './gamma-distribution.ts';
import { MixtureDistribution } from './mixture-distribution.ts';
import { NormalDistribution } from './normal-distribution.ts';

/** Snaps a discrete distribution onto a lattice of the given step (integers when every atom is an integer). */
export function toLattice(dist: DiscreteDistribution, step?: number): DiscreteDistribution {
  if (dist.step > 0 && (step === undefined || step === dist.step)) return dist;
  const values = dist.values;
  const integral = values.every((v) => Number.isInteger(v));
  const range =
    dist.upper === Number.POSITIVE_INFINITY
      ? (values[values.length - 1] ?? 0) - dist.lower
      : dist.upper - dist.lower;
  const unit = step ?? (integral ? 1 : Math.max(range / 2000, 1e-9));
  const offset = Math.floor(dist.lower / unit);
  const size = Math.round((values[values.length - 1] ?? 0) / unit) - offset + 1;
  const pmf = new Float64Array(Math.max(1, size));
  for (let i = 0; i < values.length; i += 1) {
    const k = Math.round((values[i] as number) / unit) - offset;
    pmf[k] = (pmf[k] as number) + (dist.probabilities[i] as number);
  }
  return latticeDistribution(pmf, {
    step: unit,
    offset: offset * unit,
    name: dist.name,
    unbounded: dist.upper === Number.POSITIVE_INFINITY,
  });
}

/** Convolution of two distributions on lattices with the same step (independent sum). */
export function convolveLattice(a: DiscreteDistribution, b: DiscreteDistribution): DiscreteDistribution {
  const pa = a.probabilities;
  const pb = b.probabilities;
  const out = new Float64Array(pa.length + pb.length - 1);
  for (let i = 0; i < pa.length; i += 1) {
    const x = pa[i] as number;
    if (x === 0) continue;
    for (let j = 0; j < pb.length; j += 1) out[i + j] = (out[i + j] as number) + x * (pb[j] as number);
  }
  // Trim negligible tail mass to keep repeated convolutions small.
  let end = out.length;
  let tail = 0;
  while (end > 1 && tail + (out[end - 1] as number) < 1e-15) {
    tail += out[end - 1] as number;
    end -= 1;
  }
  return latticeDistribution(out.subarray(0, end), {
    step: a.step,
    offset: a.lower + b.lower,
    name: `${a.name} + ${b.name}`,
    unbounded: a.upper === Number.POSITIVE_INFINITY || b.upper === Number.POSITIVE_INFINITY,
  });
}

/**
 * Demand over `periods` i.i.d. periods: closed forms for normal (N(kμ, kσ²)) and gamma (shape k·α),
 * repeated lattice convolution for discrete demand. Zero periods gives the point mass at 0.
 */
export function sumOfPeriods(perPeriod: DemandDistribution, periods: number): DemandDistribution {
  if (periods === 0) return latticeDistribution(Float64Array.of(1), { name: 'zero' });
  if (periods === 1) return perPeriod;
  if (perPeriod instanceof NormalDistribution) {
    return new NormalDistribution(perPeriod.mean * periods, perPeriod.sd * Math.sqrt(periods));
  }
  if (perPeriod instanceof GammaDistribution)
    return new GammaDistribution(perPeriod.shape * periods, perPeriod.scale);
  if (perPeriod instanceof DiscreteDistribution) {
    const unit = toLattice(perPeriod);
    let total = unit;
    for (let k = 1; k < periods; k += 1) total = convolveLattice(total, unit);
    return total;
  }
  // Any other continuous law: moment-matched normal (documented approximation).
  return new NormalDistribution(perPeriod.mean * periods, Math.sqrt(perPeriod.variance * periods));
}

/** A discrete lead-time distribution: P(L = values[i]) = probabilities[i], values non-negative integers. */
export interface LeadTimeDistribution {
  readonly values: ArrayLike<number>;
  readonly probabilities: ArrayLike<number>;
}

/**
 * Demand over a random number of periods L + review (a mixture, exact for independent L):
 * P(D ≤ x) = Σₗ P(L = l) P(D₁ + … + D_{l+review} ≤ x) (Zipkin 2000, ch. 7 on stochastic lead times).
 */
export function randomLeadTimeDemand(
  perPeriod: DemandDistribution,
  leadTime: LeadTimeDistribution,
  reviewPeriods = 0,
): DemandDistribution {
  if (leadTime.values.length === 1)
    return sumOfPeriods(perPeriod, (leadTime.values[0] as number) + reviewPeriods);
  const components: DemandDistribution[] = [];
  for (let i = 0; i < leadTime.values.length; i += 1) {
    components.push(sumOfPeriods(perPeriod, (leadTime.values[i] as number) + reviewPeriods));
  }
  return new MixtureDistribution(components, leadTime.probabilities);
}

/**
 * Normal approximation of compound lead-time demand with a random lead time L:
 * mean E[L]μ, variance E[L]σ² + μ² Var[L] (Silver, Pyke & Thomas 2017, ch. 6; Axsäter 2006, ch. 5).
 */
export function compoundNormalLeadTimeDemand(
  demand: { mean: number; sd: number },
  leadTime: { mean: number; sd: number },
): NormalDistribution {
  const variance = leadTime.mean * demand.sd ** 2 + demand.mean ** 2 * leadTime.sd ** 2;
  return new NormalDistribution(leadTime.mean * demand.mean, Math.sqrt(variance));
}

/**
 * Lead-time demand from forecast sample paths (row-major, `paths` rows of `horizon` periods): the
 * empirical distribution of each path's total over its first `periods` periods.
 */
export function leadTimeDemandFromSamplePaths(
  samples: Float64Array,
  horizon: number,
  periods: number,
): DiscreteDistribution {
  const paths = Math.floor(samples.length / horizon);
  const totals = new Float64Array(paths);
  for (let r = 0; r < paths; r += 1) {
    let sum = 0;
    for (let t = 0; t < periods; t += 1) sum += samples[r * horizon + t] as number;
    totals[r] = sum;
  }
  return empiricalDistribution(totals);
}

/**
 * Lead-time demand from per-period forecast distributions (e.g. built from quantiles), assumed
 * independent: the lattice convolution of the first `periods` of them.
 */
export function leadTimeDemandFromPeriods(
  perPeriod: readonly DiscreteDistribution[],
  periods: number,
  step?: number,
): DiscreteDistribution {
  const first = perPeriod[0];
  if (periods === 0 || first === undefined) return latticeDistribution(Float64Array.of(1), { name: 'zero' });
  const unit = step ?? toLattice(first).step;
  let total = toLattice(first, unit);
  for (let t = 1; t < periods; t += 1) {
    const next = perPeriod[Math.min(t, perPeriod.length - 1)] as DiscreteDistribution;
    total = convolveLattice(total, toLattice(next, unit));
  }
  return total;
}
