/** Clark–Scarf serial multi-echelon systems: optimal echelon base-stock levels by the Chen–Zheng DP on a grid. */
import { DiscreteDistribution } from './discrete-distribution.ts';
import type { DemandDistribution } from './distribution.ts';
import { sumOfPeriods } from './lead-time-demand.ts';

/** One stage of a serial system; stage 1 (index 0) faces customer demand, the last stage is supplied externally. */
export interface SerialStage {
  /** Echelon holding cost h_j = h'_j − h'_{j+1}. */
  readonly echelonHolding: number;
  /** Shipment lead time L_j into the stage, in periods (integer ≥ 0). */
  readonly leadTime: number;
}

/** Optimal echelon base-stock levels and the optimal expected cost per period. */
export interface ClarkScarfSolution {
  /** S*_j, downstream (stage 1) first. */
  readonly echelonLevels: Float64Array;
  /** Local base-stock levels S*_j − S*_{j−1}. */
  readonly localLevels: Float64Array;
  /** C*: optimal expected cost per period. */
  readonly cost: number;
  /** Grid step used for the discretisation. */
  readonly step: number;
}

/** Probabilities of lead-time demand on the lattice kΔ, k = first..first+len−1. */
function discretise(dist: DemandDistribution, step: number): { first: number; pmf: Float64Array } {
  if (dist instanceof DiscreteDistribution && Number.isInteger(step)) {
    const first = Math.round(dist.lower / step);
    const last = Math.round((dist.values[dist.values.length - 1] ?? 0) / step);
    const pmf = new Float64Array(last - first + 1);
    for (let i = 0; i < dist.values.length; i += 1) {
      const k = Math.round((dist.values[i] as number) / step) - first;
      pmf[k] = (pmf[k] as number) + (dist.probabilities[i] as number);
    }
    return { first, pmf };
  }
  const lo = dist.quantile(1e-10);
  const hi = dist.quantile(1 - 1e-10);
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  const pmf = new Float64Array(last - first + 1);
  for (let k = first; k <= last; k += 1) {
    const upper = k === last ? 1 : dist.cdf((k + 0.5) * step);
    const lower = k === first ? 0 : dist.cdf((k - 0.5) * step);
    pmf[k - first] = upper - lower;
  }
  return { first, pmf };
}

/**
 * Optimal echelon base-stock levels of a serial system (Clark & Scarf 1960), computed by the
 * Chen–Zheng (1994) recursion as in Snyder & Shen (2019, ch. 6; stockpyl `ssm_serial`):
 * C̲₀(x) = (p + h'₁)x⁻; Ĉ_j(x) = h_j x + C̲_{j−1}(x); C_j(y) = E[Ĉ_j(y − D_j)] with D_j the demand
 * over L_j periods; S*_j = argmin C_j; C̲_j(x) = C_j(min{S*_j, x}); C* = C_N(S*_N).
 * Functions live on a grid of step Δ (1 for integer demand; else `gridPoints` intervals over the range)
 * and are extended linearly below the grid, where they are affine.
 */
export function clarkScarf(
  stages: readonly SerialStage[],
  perPeriod: DemandDistribution,
  options: { penalty: number; step?: number; gridPoints?: number },
): ClarkScarfSolution {
  const n = stages.length;
  const localFirst = stages.reduce((sum, s) => sum + s.echelonHolding, 0);
  const totalLead = stages.reduce((sum, s) => sum + s.leadTime, 0);
  const total = sumOfPeriods(perPeriod, Math.max(1, totalLead));
  const integral =
    perPeriod instanceof DiscreteDistribution && perPeriod.values.every((v) => Number.isInteger(v));
  const hi = total.quantile(1 - 1e-9) + 2 * Math.sqrt(perPeriod.variance) + perPeriod.mean;
  const lo = Math.min(0, total.quantile(1e-9)) - 8 * Math.sqrt(total.variance) - 1;
  const step = options.step ?? (integral ? 1 : (hi - lo) / (options.gridPoints ?? 2000));
  const first = Math.floor(lo / step);
  const size = Math.ceil(hi / step) - first + 1;
  const x = (i: number): number => (first + i) * step;
  let lower = new Float64Array(size);
  for (let i = 0; i < size; i += 1) lower[i] = (options.penalty + localFirst) * Math.max(0, -x(i));
  const echelonLevels = new Float64Array(n);
  let cost = 0;
  const hat = new Float64Array(size);
  const expected = new Float64Array(size);
  for (let j = 0; j < n; j += 1) {
    const stage = stages[j] as SerialStage;
    for (let i = 0; i < size; i += 1) hat[i] = stage.echelonHolding * x(i) + (lower[i] as number);
    const slope = ((hat[1] as number) - (hat[0] as number)) / step;
    const demand = discretise(sumOfPeriods(perPeriod, stage.leadTime), step);
    for (let i = 0; i < size; i += 1) {
      let sum = 0;
      for (let k = 0; k < demand.pmf.length; k += 1) {
        const p = demand.pmf[k] as number;
        if (p === 0) continue;
        const index = i - (demand.first + k);
        const value =
          index < 0
            ? (hat[0] as number) + slope * index * step
            : index >= size
              ? (hat[size - 1] as number) + stage.echelonHolding * (index - size + 1) * step
              : (hat[index] as number);
        sum += p * value;
      }
      expected[i] = sum;
    }
    let best = 0;
    for (let i = 1; i < size; i += 1) if ((expected[i] as number) < (expected[best] as number)) best = i;
    echelonLevels[j] = x(best);
    cost = expected[best] as number;
    const next = new Float64Array(size);
    for (let i = 0; i < size; i += 1) next[i] = expected[Math.min(i, best)] as number;
    lower = next;
  }
  const localLevels = echelonLevels.map((s, j) => (j === 0 ? s : s - (echelonLevels[j - 1] as number)));
  return { echelonLevels, localLevels, cost, step };
}
