/** Fast periodic-review simulation of base-stock, (s, S) and (r, nQ) policies against a demand series or sample paths. */
import type { OrderRules } from './order-rounding.ts';

/** Inventory policies the simulator can run (parameters constant over time). */
export type SimulationPolicy =
  | { readonly kind: 'base-stock'; readonly orderUpTo: number }
  | { readonly kind: 's-S'; readonly reorderPoint: number; readonly orderUpTo: number }
  | { readonly kind: 'r-Q'; readonly reorderPoint: number; readonly orderQuantity: number };

/**
 * Time-varying policy parameters, one entry per period (rolling re-planning).
 * `order-up-to`: when IP ≤ reorderPoint[t] and IP < target[t], order target[t] − IP.
 * `multiple-of-q`: when IP ≤ reorderPoint[t], order the fewest multiples of target[t] lifting IP above it.
 */
export interface PolicySchedule {
  readonly kind: 'order-up-to' | 'multiple-of-q';
  readonly reorderPoint: Float64Array;
  readonly target: Float64Array;
}

/** Simulation settings. */
export interface SimulationOptions extends OrderRules {
  /** Lead time in whole periods (an order placed at the start of period t arrives at the start of t + L). */
  readonly leadTime: number;
  /** Unmet demand waits (`backorder`) or is lost (`lost-sales`). */
  readonly mode: 'backorder' | 'lost-sales';
  /** Holding cost per unit on hand at the end of a period. */
  readonly holding?: number;
  /** Backorder cost per unit short at the end of a period, or cost per lost unit. */
  readonly penalty?: number;
  /** Fixed cost per order. */
  readonly fixed?: number;
  /** Unit value, for the average inventory value. */
  readonly unitCost?: number;
  /** Starting on-hand stock (default: the first period's order-up-to or r + Q). */
  readonly initialInventory?: number;
  /** Periods excluded from the statistics at the start (default 0). */
  readonly warmup?: number;
}

/** What a simulation measured (averages per period after the warm-up). */
export interface SimulationResult {
  readonly periods: number;
  /** Fraction of demand filled immediately from stock (type 2 service). */
  readonly fillRate: number;
  /** Fraction of periods ending without backorders or lost sales (type 1 service). */
  readonly cycleServiceLevel: number;
  readonly averageOnHand: number;
  readonly averageInventoryValue: number;
  /** Mean backorders at the end of a period (backorder mode). */
  readonly averageBackorders: number;
  /** Total units lost (lost-sales mode). */
  readonly lostSales: number;
  readonly ordersPlaced: number;
  readonly unitsOrdered: number;
  readonly holdingCost: number;
  readonly shortageCost: number;
  readonly orderingCost: number;
  readonly totalCost: number;
}

/** Expands a constant policy into a schedule of the given length. */
export function scheduleOf(policy: SimulationPolicy, periods: number): PolicySchedule {
  const reorderPoint = new Float64Array(periods);
  const target = new Float64Array(periods);
  switch (policy.kind) {
    case 'base-stock':
      reorderPoint.fill(policy.orderUpTo);
      target.fill(policy.orderUpTo);
      return { kind: 'order-up-to', reorderPoint, target };
    case 's-S':
      reorderPoint.fill(policy.reorderPoint);
      target.fill(policy.orderUpTo);
      return { kind: 'order-up-to', reorderPoint, target };
    case 'r-Q':
      reorderPoint.fill(policy.reorderPoint);
      target.fill(policy.orderQuantity);
      return { kind: 'multiple-of-q', reorderPoint, target };
  }
}

/**
 * Runs a policy schedule against a demand series. Sequence in each period: receive the order due,
 * serve outstanding backorders, review the inventory position (on hand − backorders + on order) and
 * order (arriving L periods later, immediately if L = 0), then meet demand from stock. Statistics are
 * end-of-period, as in the textbook base-stock formulas (Snyder & Shen 2019, ch. 4). No allocation in the loop
 * beyond the pipeline ring allocated once.
 */
export function simulateSchedule(
  demand: Float64Array,
  schedule: PolicySchedule,
  options: SimulationOptions,
): SimulationResult {
  const n = demand.length;
  const lead = options.leadTime;
  const lost = options.mode === 'lost-sales';
  const moq = options.moq ?? 0;
  const pack = options.packSize ?? 0;
  const warmup = Math.min(options.warmup ?? 0, n);
  const pipeline = new Float64Array(lead + 1);
  const first =
    schedule.kind === 'order-up-to'
      ? (schedule.target[0] ?? 0)
      : (schedule.reorderPoint[0] ?? 0) + (schedule.target[0] ?? 0);
  let onHand = options.initialInventory ?? Math.max(0, first);
  let backlog = 0;
  let onOrder = 0;
  let demandTotal = 0;
  let filledTotal = 0;
  let goodPeriods = 0;
  let onHandSum = 0;
  let backlogSum = 0;
  let lostTotal = 0;
  let orders = 0;
  let unitsOrdered = 0;
  for (let t = 0; t < n; t += 1) {
    const slot = t % (lead + 1);
    const arriving = pipeline[slot] as number;
    pipeline[slot] = 0;
    onHand += arriving;
    onOrder -= arriving;
    if (backlog > 0 && onHand > 0) {
      const served = Math.min(backlog, onHand);
      backlog -= served;
      onHand -= served;
    }
    const position = onHand - backlog + onOrder;
    const s = schedule.reorderPoint[t] as number;
    const target = schedule.target[t] as number;
    let quantity = 0;
    if (schedule.kind === 'order-up-to') {
      if (position <= s && position < target) quantity = target - position;
    } else if (position <= s && target > 0) {
      quantity = Math.floor((s - position) / target + 1) * target;
    }
    if (quantity > 1e-9) {
      if (quantity < moq) quantity = moq;
      if (pack > 0) quantity = Math.ceil(quantity / pack - 1e-9) * pack;
      if (t >= warmup) {
        orders += 1;
        unitsOrdered += quantity;
      }
      if (lead === 0) onHand += quantity;
      else {
        const due = (t + lead) % (lead + 1);
        pipeline[due] = (pipeline[due] as number) + quantity;
        onOrder += quantity;
      }
    }
    const d = demand[t] as number;
    const filled = Math.min(d, onHand);
    onHand -= filled;
    const short = d - filled;
    if (lost) {
      if (t >= warmup) lostTotal += short;
    } else backlog += short;
    if (t >= warmup) {
      demandTotal += d;
      filledTotal += filled;
      if (short <= 1e-12 && backlog <= 1e-12) goodPeriods += 1;
      onHandSum += onHand;
      backlogSum += backlog;
    }
  }
  const periods = n - warmup;
  const per = periods > 0 ? 1 / periods : 0;
  const averageOnHand = onHandSum * per;
  const averageBackorders = backlogSum * per;
  const holdingCost = (options.holding ?? 0) * onHandSum;
  const shortageCost = (options.penalty ?? 0) * (lost ? lostTotal : backlogSum);
  const orderingCost = (options.fixed ?? 0) * orders;
  return {
    periods,
    fillRate: demandTotal > 0 ? filledTotal / demandTotal : 1,
    cycleServiceLevel: goodPeriods * per,
    averageOnHand,
    averageInventoryValue: averageOnHand * (options.unitCost ?? 0),
    averageBackorders,
    lostSales: lostTotal,
    ordersPlaced: orders,
    unitsOrdered,
    holdingCost,
    shortageCost,
    orderingCost,
    totalCost: holdingCost + shortageCost + orderingCost,
  };
}

/** Runs a constant policy against a demand series (see {@link simulateSchedule}). */
export function simulate(
  demand: Float64Array,
  policy: SimulationPolicy,
  options: SimulationOptions,
): SimulationResult {
  return simulateSchedule(demand, scheduleOf(policy, demand.length), options);
}

/**
 * Runs a policy against each of `paths` forecast sample paths (row-major, `horizon` periods each) and
 * pools the statistics: rates are demand- or period-weighted over all paths, costs are per path on average.
 */
export function simulateSamplePaths(
  samples: Float64Array,
  horizon: number,
  policy: SimulationPolicy,
  options: SimulationOptions,
): SimulationResult {
  const paths = Math.floor(samples.length / horizon);
  const schedule = scheduleOf(policy, horizon);
  let demandTotal = 0;
  let filled = 0;
  const sums = {
    periods: 0,
    good: 0,
    onHand: 0,
    backorders: 0,
    lost: 0,
    orders: 0,
    units: 0,
    holding: 0,
    shortage: 0,
    ordering: 0,
  };
  for (let r = 0; r < paths; r += 1) {
    const path = samples.subarray(r * horizon, (r + 1) * horizon);
    const result = simulateSchedule(path, schedule, options);
    let pathDemand = 0;
    for (let t = Math.min(options.warmup ?? 0, horizon); t < horizon; t += 1) pathDemand += path[t] as number;
    demandTotal += pathDemand;
    filled += result.fillRate * pathDemand;
    sums.periods += result.periods;
    sums.good += result.cycleServiceLevel * result.periods;
    sums.onHand += result.averageOnHand * result.periods;
    sums.backorders += result.averageBackorders * result.periods;
    sums.lost += result.lostSales;
    sums.orders += result.ordersPlaced;
    sums.units += result.unitsOrdered;
    sums.holding += result.holdingCost;
    sums.shortage += result.shortageCost;
    sums.ordering += result.orderingCost;
  }
  const per = sums.periods > 0 ? 1 / sums.periods : 0;
  const perPath = paths > 0 ? 1 / paths : 0;
  return {
    periods: sums.periods,
    fillRate: demandTotal > 0 ? filled / demandTotal : 1,
    cycleServiceLevel: sums.good * per,
    averageOnHand: sums.onHand * per,
    averageInventoryValue: sums.onHand * per * (options.unitCost ?? 0),
    averageBackorders: sums.backorders * per,
    lostSales: sums.lost * perPath,
    ordersPlaced: sums.orders * perPath,
    unitsOrdered: sums.units * perPath,
    holdingCost: sums.holding * perPath,
    shortageCost: sums.shortage * perPath,
    orderingCost: sums.ordering * perPath,
    totalCost: (sums.holding + sums.shortage + sums.ordering) * perPath,
  };
}
