/** Inventory benchmark policies: one week's re-plan of every SKU, from its demand model and the service allocation. */
import type { Random } from '@zhizao/core';
import { intermittent, meanForecast } from '@zhizao/forecast';
import {
  allocateService,
  empiricalDistribution,
  fillRate,
  fillRateOfInteger,
  integerLevelForFillRate,
  NormalDistribution,
  type ProtectionDemand,
  roundOrderQuantity,
} from '@zhizao/inventory';
import type { Sku } from './inventory-data.ts';

/** How a policy models demand and sets its service levels. */
export type Method =
  /** Lead-time demand bootstrapped from history (or normal around the point forecast) at the forecast rate. */
  | {
      readonly name: string;
      readonly model: 'bootstrap' | 'normal-point';
      readonly allocation: 'per-sku' | 'portfolio';
      readonly rate: RateMethod;
    }
  /** Min/max rule: min = (1 + safety) × mean × L, max = min + Q. */
  | { readonly name: string; readonly model: 'min-max'; readonly safety: number };

/** Fill-rate target: of every SKU (per-sku) or of the portfolio's units (portfolio). */
export const TARGET = 0.95;
/** Bootstrap draws of lead-time demand per SKU and week. */
export const BOOTSTRAP_DRAWS = 500;
/** Options per SKU in the portfolio allocation: reorder points from the FLOOR to the CEILING fill rate. */
const OPTIONS = 12;
const FLOOR = 0.5;
/** Weeks since the first demand before a SKU joins the portfolio allocation (younger ones: 95% each). */
export const MATURE_WEEKS = 26;
const CEILING = 0.995;

/** Policy parameters of one week for every SKU; reorderPoint −1 orders only against backorders. */
export interface WeekPlan {
  readonly reorderPoint: Float64Array;
  /** (r, nQ): the order quantity Q; min/max: the order-up-to level. */
  readonly target: Float64Array;
  /** The portfolio's expected unit fill rate (NaN for min/max). */
  readonly expectedFill: number;
  /** 1 for the SKUs whose reorder point came from the portfolio allocation. */
  readonly pooled: Uint8Array;
}

/** Index of the first week with demand before `end` (weeks before it precede the SKU's introduction). */
function firstDemand(history: Float64Array, end: number): number {
  let from = 0;
  while (from < end && (history[from] as number) === 0) from += 1;
  return from;
}

/** Weekly demand-rate forecasts the policies can use. */
export type RateMethod = 'tsb' | 'sba' | 'mean' | 'mean-tsb';

/**
 * Demand rate per week from history[from, end): the forecasting engine's TSB (Teunter, Syntetos & Babai
 * 2011; lets the demand probability decay through runs of zeros) or SBA (Syntetos & Boylan 2005), the
 * engine's Mean (R `meanf`) since the first demand, or the equal-weight combination of Mean and TSB
 * (forecast combination, Clemen 1989).
 */
export function forecastRate(
  history: Float64Array,
  window: { from: number; end: number },
  method: RateMethod,
): number {
  const { from, end } = window;
  if (end - from < 2) return 0;
  let rate: number | string | boolean | undefined;
  if (method === 'mean-tsb') {
    return 0.5 * (forecastRate(history, window, 'mean') + forecastRate(history, window, 'tsb'));
  }
  if (method === 'mean') rate = meanForecast(history.subarray(from, end)).params.mean;
  else rate = intermittent(history.subarray(from, end), { season: 1, method }).params.rate;
  return typeof rate === 'number' && rate > 0 ? rate : 0;
}

/** The forecast rate of every SKU at week `end` (shared by the policies that use it). */
export function forecastRates(skus: readonly Sku[], end: number, method: RateMethod): Float64Array {
  return Float64Array.from(skus, (sku) =>
    forecastRate(sku.demand, { from: firstDemand(sku.demand, end), end }, method),
  );
}

/** Order quantity: EOQ (Harris 1913) on the weekly rate, raised to the MOQ and rounded up to whole packs. */
export function orderQuantity(sku: Sku, weeklyRate: number): number {
  const annual = weeklyRate * 52;
  const eoq = annual > 0 ? Math.sqrt((2 * sku.orderCost * annual) / sku.holdingPerYear) : 0;
  return roundOrderQuantity(Math.max(1, Math.round(eoq)), { moq: sku.moq, packSize: sku.packSize });
}

/**
 * i.i.d. bootstrap (Efron 1979; Willemain, Smart & Schwarz 2004 without their Markov step) of weekly demand
 * in history[from, end), totals over L and L + 1 weeks, scaled so the weekly mean is the forecast rate.
 */
function bootstrapDemand(
  history: Float64Array,
  window: { from: number; end: number; lead: number },
  rate: number,
  random: Random,
): ProtectionDemand {
  const { from, end, lead } = window;
  const n = end - from;
  let sum = 0;
  for (let i = from; i < end; i += 1) sum += history[i] as number;
  const scale = rate / (sum / n);
  const shorter = new Float64Array(BOOTSTRAP_DRAWS);
  const longer = new Float64Array(BOOTSTRAP_DRAWS);
  for (let b = 0; b < BOOTSTRAP_DRAWS; b += 1) {
    let total = 0;
    for (let j = 0; j < lead; j += 1) total += history[from + Math.floor(random.next() * n)] as number;
    shorter[b] = scale * total;
    longer[b] = scale * (total + (history[from + Math.floor(random.next() * n)] as number));
  }
  return {
    protection: empiricalDistribution(longer),
    leadTime: empiricalDistribution(shorter),
    periodMean: rate,
  };
}

/** Point forecast only: normal lead-time demand around rate × L with the forecast's RMSE over history. */
function normalDemand(
  history: Float64Array,
  window: { from: number; end: number; lead: number },
  rate: number,
) {
  const { from, end, lead } = window;
  let squares = 0;
  for (let i = from; i < end; i += 1) squares += ((history[i] as number) - rate) ** 2;
  const sd = Math.sqrt(squares / (end - from));
  return {
    protection: new NormalDistribution(rate * (lead + 1), sd * Math.sqrt(lead + 1)),
    leadTime: new NormalDistribution(rate * lead, sd * Math.sqrt(lead)),
    periodMean: rate,
  };
}

/** Writes OPTIONS reorder points from the FLOOR to the CEILING fill rate, their value and expected units filled. */
function writeOptions(
  demand: ProtectionDemand,
  sku: { quantity: number; unitCost: number },
  out: { levels: Float64Array; cost: Float64Array; served: Float64Array; at: number },
): void {
  const { quantity, unitCost } = sku;
  const low = Math.max(-1, integerLevelForFillRate(demand, fillRate(FLOOR), quantity));
  const high = Math.max(low, integerLevelForFillRate(demand, fillRate(CEILING), quantity));
  for (let k = 0; k < OPTIONS; k += 1) {
    const level = Math.round(low + ((high - low) * k) / (OPTIONS - 1));
    const fill = Math.min(1, Math.max(0, fillRateOfInteger(demand, level, quantity)));
    out.levels[out.at + k] = level;
    out.cost[out.at + k] = unitCost * level;
    out.served[out.at + k] = demand.periodMean * fill;
  }
}

/**
 * Re-plans every SKU at week `end` from history before it. Min/max uses the mean since the first demand;
 * the others the forecast rate (`rates`, from `forecastRates`) and their demand model, then either each
 * SKU's reorder point for a 95% fill rate, or the portfolio allocation that meets a unit fill rate of
 * `target` (default TARGET) over the SKUs with MATURE_WEEKS of history at least stock value (younger
 * SKUs, whose forecasts are least reliable, get 95% each).
 */
export function planWeek(
  skus: readonly Sku[],
  end: number,
  options: { method: Method; randoms: readonly Random[]; rates: Float64Array; target?: number },
): WeekPlan {
  const { method, randoms, rates } = options;
  const goal = options.target ?? TARGET;
  const count = skus.length;
  const reorderPoint = new Float64Array(count).fill(-1);
  const target = new Float64Array(count);
  const pooled = new Uint8Array(count);
  if (method.model === 'min-max') {
    skus.forEach((sku, i) => {
      const from = firstDemand(sku.demand, end);
      let sum = 0;
      for (let t = from; t < end; t += 1) sum += sku.demand[t] as number;
      const mean = from < end ? sum / (end - from) : 0;
      const quantity = orderQuantity(sku, mean);
      if (mean > 0) reorderPoint[i] = Math.ceil((1 + method.safety) * mean * sku.leadTime) - 1;
      target[i] = (reorderPoint[i] as number) + 1 + quantity;
    });
    return { reorderPoint, target, expectedFill: Number.NaN, pooled };
  }
  const levels = new Float64Array(count * OPTIONS).fill(-1);
  const cost = new Float64Array(count * OPTIONS).fill(-1);
  const served = new Float64Array(count * OPTIONS);
  let demandTotal = 0;
  let perSkuServed = 0;
  skus.forEach((sku, i) => {
    const from = firstDemand(sku.demand, end);
    const rate = rates[i] as number;
    const quantity = orderQuantity(sku, rate);
    target[i] = quantity;
    if (rate === 0) return;
    const window = { from, end, lead: sku.leadTime };
    const demand =
      method.model === 'bootstrap'
        ? bootstrapDemand(sku.demand, window, rate, randoms[i] as Random)
        : normalDemand(sku.demand, window, rate);
    if (method.allocation === 'per-sku' || end - from < MATURE_WEEKS) {
      const level = Math.max(-1, integerLevelForFillRate(demand, fillRate(TARGET), quantity));
      reorderPoint[i] = level;
      if (method.allocation === 'per-sku') {
        demandTotal += rate;
        perSkuServed += rate * Math.min(1, Math.max(0, fillRateOfInteger(demand, level, quantity)));
      }
      return;
    }
    demandTotal += rate;
    pooled[i] = 1;
    writeOptions(demand, { quantity, unitCost: sku.unitCost }, { levels, cost, served, at: i * OPTIONS });
  });
  if (method.allocation === 'per-sku')
    return { reorderPoint, target, expectedFill: demandTotal > 0 ? perSkuServed / demandTotal : 1, pooled };
  const allocation = allocateService({ cost, served, count: OPTIONS }, goal * demandTotal);
  for (let i = 0; i < count; i += 1)
    if (pooled[i] === 1) reorderPoint[i] = levels[i * OPTIONS + (allocation.choice[i] as number)] as number;
  return {
    reorderPoint,
    target,
    expectedFill: demandTotal > 0 ? allocation.served / demandTotal : 1,
    pooled,
  };
}
