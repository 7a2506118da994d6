/** Newsvendor and base-stock optimisation under holding/backorder costs. */
import type { DemandDistribution } from './distribution.ts';

/** Per-unit, per-period costs of the newsvendor / base-stock model. */
export interface NewsvendorCosts {
  /** h: holding cost per unit left over (per period). */
  readonly holding: number;
  /** p: shortage (backorder) cost per unit short (per period). */
  readonly penalty: number;
}

/** An optimal newsvendor / base-stock solution. */
export interface NewsvendorSolution {
  /** S*: order-up-to level. */
  readonly level: number;
  /** g(S*): expected cost per period. */
  readonly cost: number;
  /** p / (p + h). */
  readonly criticalRatio: number;
}

/**
 * Expected newsvendor cost g(S) = h E[(S − D)⁺] + p E[(D − S)⁺] = h(S − μ) + (h + p) n(S)
 * (Snyder & Shen 2019, ch. 4, in loss-function form).
 */
export function newsvendorCost(demand: DemandDistribution, level: number, costs: NewsvendorCosts): number {
  return costs.holding * (level - demand.mean) + (costs.holding + costs.penalty) * demand.loss(level);
}

/**
 * Optimal newsvendor level S* = F⁻¹(p / (p + h)) (Snyder & Shen 2019, ch. 4);
 * for discrete demand the smallest atom with F(S) ≥ p/(p + h).
 * For base-stock with lead time L under periodic review, pass demand over L + 1 periods (§4.4).
 */
export function newsvendor(demand: DemandDistribution, costs: NewsvendorCosts): NewsvendorSolution {
  const criticalRatio = costs.penalty / (costs.penalty + costs.holding);
  const level = demand.quantile(criticalRatio);
  return { level, cost: newsvendorCost(demand, level, costs), criticalRatio };
}
