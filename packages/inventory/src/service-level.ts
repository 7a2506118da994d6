/** Service targets (cycle service level vs fill rate) and the stock levels that achieve them. */
import { AppError } from '@zhizao/core';
import { type DemandDistribution, solveIncreasing } from './distribution.ts';

/** Type 1 service: probability of no stock-out in a replenishment cycle (period). */
export interface CycleServiceTarget {
  readonly kind: 'cycle-service-level';
  readonly level: number;
}

/** Type 2 service: fraction of demand filled immediately from stock. */
export interface FillRateTarget {
  readonly kind: 'fill-rate';
  readonly level: number;
}

/** A service target; the `kind` tag keeps the two types from being confused. */
export type ServiceTarget = CycleServiceTarget | FillRateTarget;

/** Builds a cycle-service-level (type 1) target. */
export function cycleServiceLevel(level: number): CycleServiceTarget {
  return { kind: 'cycle-service-level', level };
}

/** Builds a fill-rate (type 2) target. */
export function fillRate(level: number): FillRateTarget {
  return { kind: 'fill-rate', level };
}

/** Rejects targets outside (0, 1] and a 100% target against unbounded demand. */
export function checkServiceTarget(
  target: ServiceTarget,
  demand: DemandDistribution,
  where = 'target',
): void {
  if (!(target.level > 0 && target.level <= 1)) {
    throw new AppError('INVALID_INPUT', `${where}.level must be in (0, 1], got ${target.level}`);
  }
  if (target.level === 1 && demand.upper === Number.POSITIVE_INFINITY) {
    throw new AppError(
      'INVALID_INPUT',
      `${where}: a ${target.kind} of 100% is unreachable with unbounded demand (${demand.name}); use a level below 1`,
    );
  }
}

/** Demand seen by a periodic-review stock level with lead time L. */
export interface ProtectionDemand {
  /** Demand over L + 1 periods (lead time plus review period). */
  readonly protection: DemandDistribution;
  /** Demand over L periods (for the exact fill rate). */
  readonly leadTime: DemandDistribution;
  /** Mean demand per period. */
  readonly periodMean: number;
}

/**
 * Expected fill rate of a periodic-review (r, nQ) / order-up-to policy whose inventory position after
 * ordering is uniform on (r, r + Q] (Q = 0: base-stock S = r). Backorders at the end of a period are
 * E[(D_{L+1} − IP)⁺]; those of the previous period still outstanding are E[(D_L − IP)⁺], so new
 * shortages per period are their difference (Zipkin 2000, ch. 6; Axsäter 2006, ch. 5). With Q > 0
 * the average over IP is [n⁽²⁾(r) − n⁽²⁾(r + Q)]/Q.
 */
export function fillRateOf(demand: ProtectionDemand, reorderLevel: number, orderQuantity = 0): number {
  if (demand.periodMean <= 0) return 1;
  const shortage =
    orderQuantity > 1e-9
      ? (demand.protection.secondLoss(reorderLevel) -
          demand.protection.secondLoss(reorderLevel + orderQuantity) -
          (demand.leadTime.secondLoss(reorderLevel) -
            demand.leadTime.secondLoss(reorderLevel + orderQuantity))) /
        orderQuantity
      : demand.protection.loss(reorderLevel) - demand.leadTime.loss(reorderLevel);
  return 1 - shortage / demand.periodMean;
}

/** Expected cycle service level P(D_{L+1} ≤ IP) of the same policy (IP uniform on (r, r + Q]). */
export function cycleServiceOf(demand: ProtectionDemand, reorderLevel: number, orderQuantity = 0): number {
  if (orderQuantity <= 1e-9) return demand.protection.cdf(reorderLevel);
  // E[F(IP)] = 1 − E[P(D > IP)] and ∫ P(D > y) dy over (r, r+Q] = n(r) − n(r+Q).
  return (
    1 -
    (demand.protection.loss(reorderLevel) - demand.protection.loss(reorderLevel + orderQuantity)) /
      orderQuantity
  );
}

/**
 * Smallest reorder / order-up-to level meeting a service target.
 * Type 1 with Q = 0: S = F⁻¹_{L+1}(α) (Snyder & Shen 2019, ch. 4). Otherwise the monotone
 * service function is inverted by bisection. Throws AppError for unreachable targets.
 */
export function levelForService(demand: ProtectionDemand, target: ServiceTarget, orderQuantity = 0): number {
  checkServiceTarget(target, demand.protection);
  const d = demand.protection;
  if (target.level === 1) return d.upper;
  if (target.kind === 'cycle-service-level' && orderQuantity <= 1e-9) return d.quantile(target.level);
  const service =
    target.kind === 'fill-rate'
      ? (x: number) => fillRateOf(demand, x, orderQuantity)
      : (x: number) => cycleServiceOf(demand, x, orderQuantity);
  const sd = Math.sqrt(d.variance) + 1;
  let lo = Math.min(
    d.mean - 10 * sd,
    Number.isFinite(d.lower) ? d.lower - orderQuantity - 1 : d.mean - 10 * sd,
  );
  let hi = d.mean + 10 * sd;
  for (let i = 0; i < 60 && service(lo) >= target.level; i += 1) lo -= 10 * sd + Math.abs(lo);
  for (let i = 0; i < 60 && service(hi) < target.level; i += 1) hi += 10 * sd + Math.abs(hi);
  return solveIncreasing(service, target.level, lo, hi);
}

/**
 * Exact fill rate of a periodic-review (r, nQ) policy with integer demand and integer r, Q: the inventory
 * position after ordering is uniform on {r+1, …, r+Q}, and because n(·) is linear between integers,
 * Σ_{y=r+1}^{r+Q} n(y) = n⁽²⁾(r) − n⁽²⁾(r+Q) − ½[n(r) − n(r+Q)] (trapezoid rule, exact here).
 */
export function fillRateOfInteger(
  demand: ProtectionDemand,
  reorderLevel: number,
  orderQuantity: number,
): number {
  if (demand.periodMean <= 0) return 1;
  if (orderQuantity < 1) return fillRateOf(demand, reorderLevel);
  const window = (d: DemandDistribution): number =>
    d.secondLoss(reorderLevel) -
    d.secondLoss(reorderLevel + orderQuantity) -
    0.5 * (d.loss(reorderLevel) - d.loss(reorderLevel + orderQuantity));
  return 1 - (window(demand.protection) - window(demand.leadTime)) / (orderQuantity * demand.periodMean);
}

/**
 * Smallest integer reorder level r whose exact integer-demand fill rate reaches the target (binary search;
 * the fill rate is non-decreasing in r). The target must be below 1 unless demand is bounded.
 */
export function integerLevelForFillRate(
  demand: ProtectionDemand,
  target: FillRateTarget,
  orderQuantity: number,
): number {
  checkServiceTarget(target, demand.protection);
  let hi = Math.ceil(
    Number.isFinite(demand.protection.upper)
      ? demand.protection.upper
      : demand.protection.mean + 10 * Math.sqrt(demand.protection.variance) + 1,
  );
  let lo = -Math.ceil(orderQuantity) - 1;
  if (target.level === 1) return hi;
  while (fillRateOfInteger(demand, hi, orderQuantity) < target.level) hi += Math.max(1, hi);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fillRateOfInteger(demand, mid, orderQuantity) >= target.level) hi = mid;
    else lo = mid;
  }
  return hi;
}
