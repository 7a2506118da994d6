/** Portfolio service allocation: per-SKU stock options chosen to meet an aggregate service at least cost. */
import { AppError } from '@zhizao/core';

/**
 * A fixed number of options per item, flattened item-major: option k of item i sits at i·count + k.
 * `cost` is what an option holds (e.g. reorder point × unit cost; only differences matter) and
 * `served` what it delivers (e.g. mean demand × fill rate, in units per period).
 */
export interface ServiceOptions {
  readonly cost: Float64Array;
  readonly served: Float64Array;
  /** Options per item (≥ 1). */
  readonly count: number;
}

/** The option chosen for each item and what the portfolio achieves. */
export interface ServiceAllocation {
  /** Index (0 … count − 1) of the chosen option of each item. */
  readonly choice: Int32Array;
  /** Σ served of the chosen options. */
  readonly served: number;
  /** Σ cost of the chosen options. */
  readonly cost: number;
  /** The Lagrange multiplier λ: cost per unit served at the margin. */
  readonly multiplier: number;
  /** False when even the best option of every item falls short of `required` (then those are chosen). */
  readonly met: boolean;
}

/** Picks, for every item, the option maximising λ·served − cost (the first on ties); writes into `choice`. */
function chooseAt(options: ServiceOptions, lambda: number, choice: Int32Array): number {
  const { cost, served, count } = options;
  let total = 0;
  for (let i = 0; i < choice.length; i += 1) {
    const base = i * count;
    let best = 0;
    let bestValue = lambda * (served[base] as number) - (cost[base] as number);
    for (let k = 1; k < count; k += 1) {
      const value = lambda * (served[base + k] as number) - (cost[base + k] as number);
      if (value > bestValue) {
        bestValue = value;
        best = k;
      }
    }
    choice[i] = best;
    total += served[base + best] as number;
  }
  return total;
}

function totalCost(options: ServiceOptions, choice: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < choice.length; i += 1)
    sum += options.cost[i * options.count + (choice[i] as number)] as number;
  return sum;
}

/**
 * Minimises Σ costᵢ subject to Σ servedᵢ ≥ `required`, one option per item, by Lagrangian relaxation
 * (Everett 1963, generalised Lagrange multipliers; the multi-item service-constrained allocation of
 * Silver, Pyke & Thomas 2017, §7.2 and Sherbrooke 2004, ch. 2): for λ ≥ 0 each item maximises
 * λ·served − cost independently, Σ served(λ) is non-decreasing in λ, and the smallest λ meeting the
 * requirement is found by bisection. The result is optimal for the service it achieves (it lies on the
 * lower convex hull of every item's options); it may exceed `required` by at most one item's step.
 */
export function allocateService(options: ServiceOptions, required: number): ServiceAllocation {
  const { cost, served, count } = options;
  if (!(Number.isInteger(count) && count >= 1))
    throw new AppError('INVALID_INPUT', `options.count must be a whole number >= 1, got ${count}`);
  if (cost.length !== served.length || cost.length % count !== 0)
    throw new AppError(
      'INVALID_INPUT',
      `options.cost (${cost.length}) and options.served (${served.length}) must have equal lengths, a multiple of count ${count}`,
    );
  for (let j = 0; j < cost.length; j += 1)
    if (!(Number.isFinite(cost[j]) && Number.isFinite(served[j])))
      throw new AppError('INVALID_INPUT', `options cost and served must be finite, got index ${j}`);
  if (!Number.isFinite(required))
    throw new AppError('INVALID_INPUT', `required must be finite, got ${required}`);
  const items = cost.length / count;
  const choice = new Int32Array(items);
  let achieved = chooseAt(options, 0, choice);
  if (achieved >= required)
    return { choice, served: achieved, cost: totalCost(options, choice), multiplier: 0, met: true };
  // An upper bound on every useful λ: the steepest cost per unit served between any two options.
  let steepest = 1;
  for (let i = 0; i < items; i += 1)
    for (let k = 1; k < count; k += 1) {
      const j = i * count + k;
      const gain = (served[j] as number) - (served[j - 1] as number);
      if (gain > 0)
        steepest = Math.max(steepest, Math.abs((cost[j] as number) - (cost[j - 1] as number)) / gain);
    }
  let hi = steepest;
  for (let i = 0; i < 200 && chooseAt(options, hi, choice) < required; i += 1) hi *= 2;
  achieved = chooseAt(options, hi, choice);
  if (achieved < required) {
    // Unreachable: every item takes its most-serving option.
    for (let i = 0; i < items; i += 1) {
      let best = 0;
      for (let k = 1; k < count; k += 1)
        if ((served[i * count + k] as number) > (served[i * count + best] as number)) best = k;
      choice[i] = best;
    }
    achieved = 0;
    for (let i = 0; i < items; i += 1) achieved += served[i * count + (choice[i] as number)] as number;
    return { choice, served: achieved, cost: totalCost(options, choice), multiplier: hi, met: false };
  }
  let lo = 0;
  for (let i = 0; i < 100 && hi - lo > 1e-12 * hi; i += 1) {
    const middle = 0.5 * (lo + hi);
    if (chooseAt(options, middle, choice) >= required) hi = middle;
    else lo = middle;
  }
  achieved = chooseAt(options, hi, choice);
  return { choice, served: achieved, cost: totalCost(options, choice), multiplier: hi, met: true };
}
