/** Clark–Scarf serial systems by the textbook's coarse discretised DP (Snyder & Shen 2019 §6.2; stockpyl `ssm_serial`). */
import type { SerialStage } from './clark-scarf.ts';
import { DiscreteDistribution } from './discrete-distribution.ts';
import type { DemandDistribution } from './distribution.ts';
import { sumOfPeriods } from './lead-time-demand.ts';
import { normalCdf } from './special-functions.ts';

/**
 * Grid of the textbook discretisation. Defaults are stockpyl's (`optimize_base_stock_levels`):
 * 1000 x-intervals, 100 demand intervals, lead-time demand cut at its 1 − Φ(4) quantiles and the
 * whole-chain lead-time demand at 1 − Φ(4) (lower) and 1 − Φ(8) (upper).
 */
export interface ClarkScarfGrid {
  /** Intervals of the inventory-level grid x (stockpyl `x_num`); ignored for integer demand, which uses the integers. */
  readonly xIntervals?: number;
  /** Intervals of each stage's lead-time-demand grid (stockpyl `d_num`); ignored for integer demand. */
  readonly demandIntervals?: number;
  /** Tail probabilities cut from each stage's lead-time demand (stockpyl `ltd_*_tail_prob`). */
  readonly stageTail?: { readonly lower: number; readonly upper: number };
  /** Tail probabilities cut from the demand over the sum of all lead times (stockpyl `sum_ltd_*_tail_prob`). */
  readonly chainTail?: { readonly lower: number; readonly upper: number };
}

/** Result of the discretised DP: levels on the x grid and the DP's own (discretised) cost C_N(S*_N). */
export interface DiscretisedSolution {
  readonly echelonLevels: Float64Array;
  readonly cost: number;
  readonly step: number;
}

// Written as stockpyl writes them, 1 − Φ(z) in double precision, so the cut points agree: 1 − Φ(8) rounds to
// 6.66e−16 and the upper cut of the chain's demand falls at z = 7.9916, not 8.
const TAIL_4 = 1 - normalCdf(4);
const TAIL_8 = 1 - normalCdf(8);

/** stockpyl's default grid. */
export const TEXTBOOK_GRID = {
  xIntervals: 1000,
  demandIntervals: 100,
  stageTail: { lower: TAIL_4, upper: TAIL_4 },
  chainTail: { lower: TAIL_4, upper: TAIL_8 },
} as const;

/** Truncation interval [F⁻¹(lower), F⁻¹(1 − upper)], or the support's end where it is finite. */
function truncate(dist: DemandDistribution, tail: { lower: number; upper: number }): [number, number] {
  const lo = Number.isFinite(dist.lower) ? dist.lower : dist.quantile(tail.lower);
  const hi = Number.isFinite(dist.upper) ? dist.upper : dist.quantile(1 - tail.upper);
  return [lo, hi];
}

/**
 * Lead-time demand on the lattice dLo + iΔ, i = 0..m, with P(d_i) = F(d_i + Δ/2) − F(d_i − Δ/2) and the
 * two cut tails lumped into the end points (so the masses sum to 1); dLo is clamped at 0.
 */
function demandLattice(
  dist: DemandDistribution,
  integral: boolean,
  intervals: number,
  tail: { lower: number; upper: number },
): { values: Float64Array; masses: Float64Array } {
  const [rawLo, rawHi] = truncate(dist, tail);
  let lo = Math.max(rawLo, 0);
  const hi = Math.max(rawHi, lo);
  let delta = 1;
  let m = 0;
  if (integral) {
    lo = Math.round(lo);
    m = Math.round(hi - lo);
  } else if (hi > lo) {
    delta = (hi - lo) / intervals;
    m = intervals;
  }
  const values = new Float64Array(m + 1);
  const masses = new Float64Array(m + 1);
  for (let i = 0; i <= m; i += 1) {
    const d = i * delta + lo;
    values[i] = d;
    masses[i] = (i === m ? 1 : dist.cdf(d + 0.5 * delta)) - (i === 0 ? 0 : dist.cdf(d - 0.5 * delta));
  }
  return { values, masses };
}

/**
 * The Chen–Zheng recursion (see `clarkScarf`) on stockpyl's grid: x runs over [ℓ − u, u] in `xIntervals`
 * steps, where [ℓ, u] truncates the demand over all lead times; Ĉ_j(y − d) is read at the grid point
 * nearest y − d (ties upward), and below the grid from its asymptote (Snyder & Shen 2019, Problem 6.13)
 * Ĉ_j(x) → Σ_{i≤j} h_i (x − μ Σ_{i≤k<j} L_k) − (p + h'_1)(x − μ Σ_{k<j} L_k).
 * The reported cost is the DP's value C_N(S*_N) on this grid, not a re-evaluation.
 * With `levels` given, evaluates those echelon levels instead of optimising (stockpyl `expected_cost`).
 * Arguments are checked by `clarkScarf`.
 */
export function clarkScarfDiscretised(
  stages: readonly SerialStage[],
  perPeriod: DemandDistribution,
  options: { penalty: number; grid?: ClarkScarfGrid; levels?: Float64Array },
): DiscretisedSolution {
  const grid = { ...TEXTBOOK_GRID, ...options.grid };
  const n = stages.length;
  const mu = perPeriod.mean;
  const shortage = options.penalty + stages.reduce((sum, s) => sum + s.echelonHolding, 0);
  const integral =
    perPeriod instanceof DiscreteDistribution && perPeriod.values.every((v) => Number.isInteger(v));
  // Σ_{i≤k<j} L_k: periods of lead time from stage i up to (not including) stage j.
  const leadBetween = (i: number, j: number): number =>
    stages.slice(i, j).reduce((sum, s) => sum + s.leadTime, 0);
  const chain = sumOfPeriods(perPeriod, leadBetween(0, n));
  const [chainLo, chainHi] = truncate(chain, grid.chainTail);
  let xLo = chainLo - chainHi;
  const xHi = Math.max(chainHi, ...(options.levels ?? []));
  let delta = 1;
  let intervals: number;
  if (integral) {
    xLo = Math.round(xLo);
    intervals = Math.round(xHi - xLo);
  } else if (xHi > xLo) {
    delta = (xHi - xLo) / grid.xIntervals;
    intervals = grid.xIntervals;
  } else {
    // No lead-time demand anywhere: one grid point, as stockpyl does.
    intervals = 0;
  }
  const size = intervals + 1;
  const x = new Float64Array(size);
  for (let k = 0; k < size; k += 1) x[k] = k * delta + xLo;
  const nearest = (v: number): number => Math.min(intervals, Math.floor((v - xLo) / delta + 0.5));

  let lower = new Float64Array(size);
  for (let k = 0; k < size; k += 1) lower[k] = shortage * Math.max(-(x[k] as number), 0);
  const hat = new Float64Array(size);
  const echelonLevels = new Float64Array(n);
  let cost = 0;
  for (let j = 0; j < n; j += 1) {
    const stage = stages[j] as SerialStage;
    for (let k = 0; k < size; k += 1) hat[k] = stage.echelonHolding * (x[k] as number) + (lower[k] as number);
    // Asymptote a·x + b of Ĉ_j below the grid.
    let slope = -shortage;
    let intercept = shortage * mu * leadBetween(0, j);
    for (let i = 0; i <= j; i += 1) {
      const h = (stages[i] as SerialStage).echelonHolding;
      slope += h;
      intercept -= h * mu * leadBetween(i, j);
    }
    const demand = demandLattice(
      sumOfPeriods(perPeriod, stage.leadTime),
      integral,
      grid.demandIntervals,
      grid.stageTail,
    );
    const expected = new Float64Array(size);
    for (let k = 0; k < size; k += 1) {
      const y = x[k] as number;
      let sum = 0;
      for (let i = 0; i < demand.values.length; i += 1) {
        const mass = demand.masses[i] as number;
        if (mass === 0) continue;
        const v = y - (demand.values[i] as number);
        const r = nearest(v);
        sum += mass * (v < xLo ? slope * (r * delta + xLo) + intercept : (hat[r] as number));
      }
      expected[k] = sum;
    }
    let best = 0;
    const given = options.levels?.[j];
    if (given === undefined) {
      for (let k = 1; k < size; k += 1) if ((expected[k] as number) < (expected[best] as number)) best = k;
    } else {
      best = Math.max(0, nearest(given));
    }
    echelonLevels[j] = given ?? (x[best] as number);
    cost = expected[best] as number;
    const next = new Float64Array(size);
    for (let k = 0; k < size; k += 1) next[k] = expected[Math.min(k, best)] as number;
    lower = next;
  }
  return { echelonLevels, cost, step: delta };
}
