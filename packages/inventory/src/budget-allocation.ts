/** Stock levels for many SKUs under a shared budget or capacity: Lagrangian relaxation of the newsvendor. */
import type { DemandDistribution } from './distribution.ts';
import { newsvendorCost } from './newsvendor.ts';

/** One SKU competing for the shared resource. */
export interface BudgetItem {
  readonly id: string;
  /** Demand over the protection period (L + 1 periods). */
  readonly demand: DemandDistribution;
  readonly holding: number;
  readonly penalty: number;
  /** Resource used per unit of stock level (unit cost for a budget, volume for a capacity). */
  readonly weight: number;
}

/** Levels chosen under the constraint Σ weight·S ≤ limit. */
export interface BudgetAllocation {
  readonly levels: Readonly<Record<string, number>>;
  /** Σ expected newsvendor cost. */
  readonly cost: number;
  /** Σ weight·S actually used. */
  readonly used: number;
  /** The Lagrange multiplier λ (0 when the constraint does not bind). */
  readonly multiplier: number;
}

/**
 * Minimises Σ gᵢ(Sᵢ) subject to Σ wᵢSᵢ ≤ B by Lagrangian relaxation (Everett 1963, generalised Lagrange
 * multipliers; Silver, Pyke & Thomas 2017, ch. 6 on aggregate budgets). For a multiplier λ ≥ 0 each item minimises gᵢ(S) + λwᵢS, whose
 * first-order condition hᵢ − (hᵢ + pᵢ)(1 − Fᵢ(S)) = −λwᵢ gives Sᵢ(λ) = Fᵢ⁻¹((pᵢ − λwᵢ)/(pᵢ + hᵢ)).
 * Σ wᵢSᵢ(λ) falls as λ grows, so the smallest feasible λ is found by bisection. Levels are floored at the
 * bottom of the support; for convex gᵢ (every newsvendor cost) the result is optimal.
 */
export function allocateBudget(items: readonly BudgetItem[], limit: number): BudgetAllocation {
  const levelsAt = (lambda: number): Float64Array =>
    Float64Array.from(items, (item) => {
      const ratio = (item.penalty - lambda * item.weight) / (item.penalty + item.holding);
      const level = item.demand.quantile(Math.max(1e-12, ratio));
      return Number.isFinite(item.demand.lower) ? Math.max(level, item.demand.lower) : level;
    });
  const usage = (levels: Float64Array): number =>
    items.reduce((sum, item, i) => sum + item.weight * (levels[i] as number), 0);
  let lambda = 0;
  let levels = levelsAt(0);
  if (usage(levels) > limit) {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 200 && usage(levelsAt(hi)) > limit; i += 1) hi *= 2;
    for (let i = 0; i < 200; i += 1) {
      const mid = 0.5 * (lo + hi);
      if (usage(levelsAt(mid)) > limit) lo = mid;
      else hi = mid;
    }
    lambda = hi;
    levels = levelsAt(hi);
  }
  const out: Record<string, number> = {};
  let cost = 0;
  items.forEach((item, i) => {
    out[item.id] = levels[i] as number;
    cost += newsvendorCost(item.demand, levels[i] as number, item);
  });
  return { levels: out, cost, used: usage(levels), multiplier: lambda };
}
