/** Projected on-hand stock under the plan's (r, nQ) policy: seeded Monte Carlo paths summarised as a band. */
import type { Random } from '@zhizao/core';
import type { DailyDemand } from './demand-model.ts';

/** What the projection simulates. */
export interface ProjectionOptions {
  readonly daily: DailyDemand;
  readonly onHand: number;
  /** Assumed to arrive at the end of the lead time (due dates are not in the item master). */
  readonly onOrder: number;
  readonly leadTimeDays: number;
  readonly reorderPoint: number;
  readonly orderQuantity: number;
  readonly days: number;
  readonly paths: number;
  readonly random: Random;
}

/** Per-day quantiles of on-hand stock and the simulated fill rate. */
export interface Projection {
  readonly p10: Float64Array;
  readonly p50: Float64Array;
  readonly p90: Float64Array;
  readonly fillRate: number;
}

function quantileOfSorted(sorted: Float64Array, p: number): number {
  const position = p * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  const weight = position - low;
  return (sorted[low] ?? 0) * (1 - weight) + (sorted[high] ?? 0) * weight;
}

/**
 * Simulates daily demand max(0, μₜ + σₜ Z) with backorders; each day the inventory position is raised above
 * r by whole multiples of Q, arriving L days later (Axsäter 2006, §5.2 (R, Q) policy).
 */
export function projectStock(options: ProjectionOptions): Projection {
  const { daily, days, paths, random, leadTimeDays, reorderPoint, orderQuantity } = options;
  const onHand = new Float64Array(days * paths);
  const pipeline = new Float64Array(days + leadTimeDays + 1);
  let demanded = 0;
  let short = 0;
  for (let path = 0; path < paths; path++) {
    pipeline.fill(0);
    pipeline[Math.min(leadTimeDays, days)] = options.onOrder;
    let net = options.onHand;
    let position = options.onHand + options.onOrder;
    for (let t = 0; t < days; t++) {
      net += pipeline[t] ?? 0;
      const demand = Math.max(0, (daily.mean[t] ?? 0) + (daily.sd[t] ?? 0) * random.normal());
      demanded += demand;
      short += Math.min(demand, Math.max(0, demand - Math.max(0, net)));
      net -= demand;
      position -= demand;
      if (orderQuantity > 0 && position <= reorderPoint) {
        const orders = Math.ceil((reorderPoint - position) / orderQuantity + 1e-9);
        const quantity = Math.max(1, orders) * orderQuantity;
        position += quantity;
        const arrival = t + 1 + leadTimeDays;
        if (arrival < pipeline.length) pipeline[arrival] = (pipeline[arrival] ?? 0) + quantity;
      }
      onHand[t * paths + path] = Math.max(0, net);
    }
  }
  const p10 = new Float64Array(days);
  const p50 = new Float64Array(days);
  const p90 = new Float64Array(days);
  for (let t = 0; t < days; t++) {
    const sorted = onHand.subarray(t * paths, (t + 1) * paths).sort();
    p10[t] = quantileOfSorted(sorted, 0.1);
    p50[t] = quantileOfSorted(sorted, 0.5);
    p90[t] = quantileOfSorted(sorted, 0.9);
  }
  return { p10, p50, p90, fillRate: demanded > 0 ? 1 - short / demanded : 1 };
}
