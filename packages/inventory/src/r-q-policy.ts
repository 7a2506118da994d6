/** Continuous-review (r, Q) policies: exact expected cost, loss-function optimum, exact discrete optimum. */
import type { DemandDistribution } from './distribution.ts';
import { solveIncreasing } from './distribution.ts';
import { newsvendorCost } from './newsvendor.ts';

/** (r, Q) costs: h, p per unit per unit time, K per order, λ mean demand per unit time. */
export interface RQCosts {
  readonly holding: number;
  readonly penalty: number;
  readonly fixed: number;
  readonly rate: number;
}

/** An (r, Q) policy and its expected cost per unit time. */
export interface RQSolution {
  readonly reorderPoint: number;
  readonly orderQuantity: number;
  readonly cost: number;
}

/**
 * Exact expected cost of (r, Q) under continuous lead-time demand D_L (Snyder & Shen 2019, eq. 5.7;
 * Zipkin 2000, ch. 6): g(r, Q) = [Kλ + ∫_r^{r+Q} g(y) dy]/Q with g(y) = h(y − μ) + (h + p) n(y),
 * and ∫_r^{r+Q} n(y) dy = n⁽²⁾(r) − n⁽²⁾(r + Q).
 */
export function rqCost(
  leadTimeDemand: DemandDistribution,
  policy: { reorderPoint: number; orderQuantity: number },
  costs: RQCosts,
): number {
  const r = policy.reorderPoint;
  const q = policy.orderQuantity;
  const { holding: h, penalty: p } = costs;
  const holdingIntegral = h * (q * (r - leadTimeDemand.mean) + 0.5 * q * q);
  const lossIntegral = (h + p) * (leadTimeDemand.secondLoss(r) - leadTimeDemand.secondLoss(r + q));
  return (costs.fixed * costs.rate + holdingIntegral + lossIntegral) / q;
}

/**
 * Optimal (r, Q) for continuous lead-time demand by the iterative loss-function method
 * (Hadley & Whitin 1963; Zipkin 2000, ch. 6; Snyder & Shen 2019, eqs. 5.28–5.29):
 * n(r) = hQ/(h + p) and Q = √(2[Kλ + (h + p) n⁽²⁾(r)]/h), iterated from Q = EOQ to a fixed point.
 * These are the first-order conditions of the exact cost, so the fixed point is the exact optimum.
 */
export function optimalRQ(leadTimeDemand: DemandDistribution, costs: RQCosts): RQSolution {
  const { holding: h, penalty: p } = costs;
  let q = Math.sqrt((2 * costs.fixed * costs.rate) / h);
  let r = leadTimeDemand.mean;
  const sd = Math.sqrt(leadTimeDemand.variance) + 1;
  for (let iteration = 0; iteration < 1000; iteration += 1) {
    const target = (h * q) / (h + p);
    // n(·) is non-increasing, so solve −n(r) = −target.
    let lo = leadTimeDemand.mean - 20 * sd - target;
    let hi = leadTimeDemand.mean + 20 * sd;
    while (leadTimeDemand.loss(lo) < target) lo -= 20 * sd;
    while (leadTimeDemand.loss(hi) > target && hi < 1e15) hi += 20 * sd;
    const nextR = solveIncreasing((x) => -leadTimeDemand.loss(x), -target, lo, hi);
    const nextQ = Math.sqrt(
      (2 * (costs.fixed * costs.rate + (h + p) * leadTimeDemand.secondLoss(nextR))) / h,
    );
    const converged =
      Math.abs(nextR - r) < 1e-10 * (1 + Math.abs(r)) && Math.abs(nextQ - q) < 1e-10 * (1 + q);
    r = nextR;
    q = nextQ;
    if (converged) break;
  }
  return {
    reorderPoint: r,
    orderQuantity: q,
    cost: rqCost(leadTimeDemand, { reorderPoint: r, orderQuantity: q }, costs),
  };
}

/**
 * Exact cost of (r, Q) with integer lead-time demand: g(r, Q) = [Kλ + Σ_{y=r+1}^{r+Q} G(y)]/Q
 * (Snyder & Shen 2019, eq. 5.48; Zipkin 2000, ch. 6).
 */
export function rqCostDiscrete(
  leadTimeDemand: DemandDistribution,
  policy: { reorderPoint: number; orderQuantity: number },
  costs: RQCosts,
): number {
  let total = costs.fixed * costs.rate;
  for (let y = policy.reorderPoint + 1; y <= policy.reorderPoint + policy.orderQuantity; y += 1) {
    total += newsvendorCost(leadTimeDemand, y, costs);
  }
  return total / policy.orderQuantity;
}

/**
 * Exact optimal integer (r, Q) for discrete (e.g. Poisson) lead-time demand by Federgruen & Zheng (1992):
 * the optimal window {r+1, …, r+Q} grows by one point at a time on the side with the lower G,
 * and the average cost is quasi-convex in Q, so the search stops at the first increase.
 */
export function optimalRQDiscrete(leadTimeDemand: DemandDistribution, costs: RQCosts): RQSolution {
  const g = (y: number): number => newsvendorCost(leadTimeDemand, y, costs);
  const start = leadTimeDemand.quantile(costs.penalty / (costs.penalty + costs.holding));
  let r = start - 1;
  let q = 1;
  let windowSum = g(start);
  let cost = (costs.fixed * costs.rate + windowSum) / q;
  for (let iteration = 0; iteration < 1_000_000; iteration += 1) {
    const left = g(r);
    const right = g(r + q + 1);
    const nextR = left < right ? r - 1 : r;
    const nextSum = windowSum + Math.min(left, right);
    const nextCost = (costs.fixed * costs.rate + nextSum) / (q + 1);
    if (nextCost > cost) break;
    r = nextR;
    q += 1;
    windowSum = nextSum;
    cost = nextCost;
  }
  return { reorderPoint: r, orderQuantity: q, cost };
}
