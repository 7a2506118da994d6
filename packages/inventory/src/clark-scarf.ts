/** Clark–Scarf serial multi-echelon systems: optimal echelon base-stock levels by the Chen–Zheng DP on a grid. */
import { AppError } from '@zhizao/core';
import { type ClarkScarfGrid, clarkScarfDiscretised } from './clark-scarf-discretised.ts';
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
  /** The method that produced the figures. */
  readonly method: ClarkScarfMethod;
}

/**
 * `exact`: the recursion on a fine grid with interval-midpoint demand masses and linear extension below
 * the grid; it converges to the continuous optimum as the grid is refined (default).
 * `discretised`: the textbook's coarse grid with nearest-point lookups (Snyder & Shen 2019 §6.2,
 * stockpyl `ssm_serial.optimize_base_stock_levels`); its cost is the DP's value on that grid.
 */
export type ClarkScarfMethod = 'exact' | 'discretised';

/** Options of `clarkScarf`. */
export interface ClarkScarfOptions {
  /** Stockout (backorder) cost p per unit per period at stage 1. */
  readonly penalty: number;
  /** Default `exact`. */
  readonly method?: ClarkScarfMethod;
  /** `exact` only: grid step Δ (default 1 for integer demand, else range / `gridPoints`). */
  readonly step?: number;
  /** `exact` only: intervals over the range for continuous demand (default 2000). */
  readonly gridPoints?: number;
  /** `discretised` only: the textbook grid (defaults: stockpyl's). */
  readonly grid?: ClarkScarfGrid;
  /** Evaluate these echelon levels (stage 1 first) instead of optimising. */
  readonly echelonLevels?: Float64Array;
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

/** Throws INVALID_INPUT naming the argument and its value unless `ok`. */
function check(ok: boolean, name: string, value: unknown, rule: string): void {
  if (!ok) throw new AppError('INVALID_INPUT', `clarkScarf: ${name} ${rule}, got ${String(value)}`);
}

function checkArguments(stages: readonly SerialStage[], options: ClarkScarfOptions): void {
  check(stages.length > 0, 'stages', stages.length, 'must have at least one stage');
  stages.forEach((s, j) => {
    check(s.echelonHolding >= 0, `stages[${j}].echelonHolding`, s.echelonHolding, 'must be >= 0');
    check(
      Number.isInteger(s.leadTime) && s.leadTime >= 0,
      `stages[${j}].leadTime`,
      s.leadTime,
      'must be an integer >= 0',
    );
  });
  check(options.penalty > 0, 'penalty', options.penalty, 'must be > 0');
  check(options.step === undefined || options.step > 0, 'step', options.step, 'must be > 0');
  const points = options.gridPoints;
  check(
    points === undefined || (Number.isInteger(points) && points >= 10),
    'gridPoints',
    points,
    'must be an integer >= 10',
  );
  const grid = options.grid ?? {};
  for (const name of ['xIntervals', 'demandIntervals'] as const) {
    const v = grid[name];
    check(v === undefined || (Number.isInteger(v) && v >= 1), `grid.${name}`, v, 'must be an integer >= 1');
  }
  for (const name of ['stageTail', 'chainTail'] as const)
    for (const side of ['lower', 'upper'] as const) {
      const v = grid[name]?.[side];
      check(v === undefined || (v > 0 && v < 0.5), `grid.${name}.${side}`, v, 'must be in (0, 0.5)');
    }
  const levels = options.echelonLevels;
  if (levels !== undefined) {
    check(
      levels.length === stages.length,
      'echelonLevels.length',
      levels.length,
      `must equal stages.length (${stages.length})`,
    );
    levels.forEach((v, j) => {
      check(Number.isFinite(v), `echelonLevels[${j}]`, v, 'must be finite');
    });
  }
}

/**
 * Optimal echelon base-stock levels of a serial system (Clark & Scarf 1960), computed by the
 * Chen–Zheng (1994) recursion as in Snyder & Shen (2019, ch. 6; stockpyl `ssm_serial`):
 * C̲₀(x) = (p + h'₁)x⁻; Ĉ_j(x) = h_j x + C̲_{j−1}(x); C_j(y) = E[Ĉ_j(y − D_j)] with D_j the demand
 * over L_j periods; S*_j = argmin C_j; C̲_j(x) = C_j(min{S*_j, x}); C* = C_N(S*_N).
 * With `echelonLevels` given, S_j replaces S*_j and C_N(S_N) is that policy's expected cost.
 * `method` picks the grid (see `ClarkScarfMethod`); `exact` is the default.
 */
export function clarkScarf(
  stages: readonly SerialStage[],
  perPeriod: DemandDistribution,
  options: ClarkScarfOptions,
): ClarkScarfSolution {
  checkArguments(stages, options);
  const method = options.method ?? 'exact';
  const solved =
    method === 'exact'
      ? exactDp(stages, perPeriod, options)
      : clarkScarfDiscretised(stages, perPeriod, {
          penalty: options.penalty,
          ...(options.grid === undefined ? {} : { grid: options.grid }),
          ...(options.echelonLevels === undefined ? {} : { levels: options.echelonLevels }),
        });
  const levels = solved.echelonLevels;
  const localLevels = levels.map((s, j) => (j === 0 ? s : s - (levels[j - 1] as number)));
  return { echelonLevels: levels, localLevels, cost: solved.cost, step: solved.step, method };
}

/**
 * The `exact` method. Functions live on a grid of step Δ (1 for integer demand; else `gridPoints`
 * intervals over the range) and are extended linearly below the grid, where they are affine; demand
 * masses are interval midpoints. Given levels off the grid are read by linear interpolation.
 */
function exactDp(
  stages: readonly SerialStage[],
  perPeriod: DemandDistribution,
  options: ClarkScarfOptions,
): { echelonLevels: Float64Array; cost: number; step: number } {
  const n = stages.length;
  const localFirst = stages.reduce((sum, s) => sum + s.echelonHolding, 0);
  const totalLead = stages.reduce((sum, s) => sum + s.leadTime, 0);
  const total = sumOfPeriods(perPeriod, Math.max(1, totalLead));
  const integral =
    perPeriod instanceof DiscreteDistribution && perPeriod.values.every((v) => Number.isInteger(v));
  const given = options.echelonLevels;
  const hi = Math.max(
    total.quantile(1 - 1e-9) + 2 * Math.sqrt(perPeriod.variance) + perPeriod.mean,
    ...(given ?? []).map((v) => v + 1),
  );
  const lo = Math.min(0, total.quantile(1e-9), ...(given ?? [])) - 8 * Math.sqrt(total.variance) - 1;
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
    const level = given?.[j];
    const next = new Float64Array(size);
    if (level === undefined) {
      let best = 0;
      for (let i = 1; i < size; i += 1) if ((expected[i] as number) < (expected[best] as number)) best = i;
      echelonLevels[j] = x(best);
      cost = expected[best] as number;
      for (let i = 0; i < size; i += 1) next[i] = expected[Math.min(i, best)] as number;
    } else {
      const at = (level - x(0)) / step;
      const below = Math.floor(at);
      const w = at - below;
      cost = (1 - w) * (expected[below] as number) + w * (expected[below + 1] as number);
      echelonLevels[j] = level;
      for (let i = 0; i < size; i += 1) next[i] = i <= below ? (expected[i] as number) : cost;
    }
    lower = next;
  }
  return { echelonLevels, cost, step };
}
