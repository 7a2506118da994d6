/** Periodic-review (s, S) policies: exact Zheng–Federgruen optimum for discrete demand, power approximation. */
import type { DiscreteDistribution } from './discrete-distribution.ts';
import type { DemandDistribution } from './distribution.ts';
import { newsvendorCost } from './newsvendor.ts';

/** Costs of the (s, S) model per period. */
export interface SSCosts {
  readonly holding: number;
  readonly penalty: number;
  /** K: fixed cost per order. */
  readonly fixed: number;
}

/** An (s, S) policy: order up to S whenever the inventory position is at or below s. */
export interface SSSolution {
  readonly reorderPoint: number;
  readonly orderUpTo: number;
  /** Expected cost per period. */
  readonly cost: number;
}

/** Renewal quantities m(j), M(j) of the per-period demand pmf (Snyder & Shen 2019, eqs. 4.71–4.75). */
function renewal(pmf: ArrayLike<number>, size: number): { m: Float64Array; M: Float64Array } {
  const m = new Float64Array(size);
  const M = new Float64Array(size + 1);
  const p0 = pmf[0] ?? 0;
  m[0] = 1 / (1 - p0);
  for (let j = 1; j < size; j += 1) {
    let sum = 0;
    const top = Math.min(j, pmf.length - 1);
    for (let l = 1; l <= top; l += 1) sum += (pmf[l] as number) * (m[j - l] as number);
    m[j] = (m[0] as number) * sum;
  }
  for (let j = 1; j <= size; j += 1) M[j] = (M[j - 1] as number) + (m[j - 1] as number);
  return { m, M };
}

/**
 * Exact optimal (s, S) for integer demand by Zheng & Federgruen (1991) (Snyder & Shen 2019, Algorithm 4.2).
 * Cost of a policy: c(s, S) = [K + Σ_{d=0}^{S−s−1} m(d) G(S − d)] / M(S − s) (Snyder & Shen 2019, ch. 4), where
 * G(y) = newsvendor cost with the protection-period demand (L + 1 periods; `protection`) and m, M are
 * the renewal functions of per-period demand `perPeriod` (integer lattice from 0). The search does not
 * assume S* monotone in the parameters.
 */
export function optimalSSDiscrete(
  perPeriod: DiscreteDistribution,
  protection: DemandDistribution,
  costs: SSCosts,
): SSSolution {
  const pmf = perPeriod.probabilities;
  const mean = protection.mean;
  const sd = Math.sqrt(protection.variance);
  // Integer range of inventory positions that can matter.
  const low = Math.floor(
    Math.min(0, mean - 12 * sd - 10) - 2 * Math.sqrt(2 * costs.fixed * (perPeriod.mean + 1)),
  );
  const high = Math.ceil(
    mean +
      12 * sd +
      10 +
      4 * Math.sqrt((2 * costs.fixed * (perPeriod.mean + 1)) / costs.holding) +
      4 * perPeriod.mean,
  );
  const size = high - low + 1;
  const G = new Float64Array(size);
  for (let i = 0; i < size; i += 1) G[i] = newsvendorCost(protection, low + i, costs);
  const { m, M } = renewal(pmf, size);
  const g = (y: number): number => G[y - low] as number;
  const c = (s: number, S: number): number => {
    let total = costs.fixed;
    for (let d = 0; d < S - s; d += 1) total += (m[d] as number) * g(S - d);
    return total / (M[S - s] as number);
  };
  let yStar = low;
  for (let y = low + 1; y <= high; y += 1) if (g(y) < g(yStar)) yStar = y;
  let s = yStar;
  do s -= 1;
  while (s > low && c(s, yStar) > g(s));
  let bestS = yStar;
  let bestCost = c(s, bestS);
  for (let S = bestS + 1; S < high && g(S) <= bestCost; S += 1) {
    if (c(s, S) < bestCost) {
      bestS = S;
      while (s + 1 < bestS && c(s, bestS) <= g(s + 1)) s += 1;
      bestCost = c(s, bestS);
    }
  }
  return { reorderPoint: s, orderUpTo: bestS, cost: bestCost };
}

/** Exact cost per period of a given (s, S) with integer demand (Zheng & Federgruen 1991). */
export function ssCostDiscrete(
  perPeriod: DiscreteDistribution,
  protection: DemandDistribution,
  policy: { reorderPoint: number; orderUpTo: number },
  costs: SSCosts,
): number {
  const width = policy.orderUpTo - policy.reorderPoint;
  const { m, M } = renewal(perPeriod.probabilities, width);
  let total = costs.fixed;
  for (let d = 0; d < width; d += 1)
    total += (m[d] as number) * newsvendorCost(protection, policy.orderUpTo - d, costs);
  return total / (M[width] as number);
}

/**
 * Power approximation for (s, S) with normal demand (Ehrhardt 1979; Ehrhardt & Mosier 1984;
 * Snyder & Shen 2019, eqs. 4.77–4.80), μ_L, σ_L the mean and sd over the protection period:
 * Q = 1.30 μ^0.494 (K/h)^0.506 (1 + σ_L²/μ²)^0.116, z = √(Q h / (σ_L p)),
 * s = 0.973 μ_L + σ_L (0.183/z + 1.063 − 2.192 z), S = s + Q.
 */
export function powerApproximationSS(
  demand: { mean: number; sd: number; leadTime?: number },
  costs: SSCosts,
): { reorderPoint: number; orderUpTo: number } {
  const periods = (demand.leadTime ?? 0) + 1;
  const muL = demand.mean * periods;
  const sigmaL = demand.sd * Math.sqrt(periods);
  const q =
    1.3 *
    demand.mean ** 0.494 *
    (costs.fixed / costs.holding) ** 0.506 *
    (1 + (sigmaL / demand.mean) ** 2) ** 0.116;
  const z = Math.sqrt(((q / sigmaL) * costs.holding) / costs.penalty);
  const s = 0.973 * muL + sigmaL * (0.183 / z + 1.063 - 2.192 * z);
  return { reorderPoint: s, orderUpTo: s + q };
}
