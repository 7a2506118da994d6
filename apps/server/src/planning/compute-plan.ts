/** Computes one SKU's replenishment plan: (r, Q) levels for a service target, order suggestion, risks, projection. */
import type { PlanDetail, PlanInputs, PlanProblem, PlanServiceTarget, ServiceKind } from '@zhizao/contract';
import { AppError, seededRandom } from '@zhizao/core';
import { checkServiceTarget, cycleServiceOf, fillRateOf, type ProtectionDemand } from '@zhizao/inventory';
import { type DailyDemand, type DemandModel, demandModel } from './demand-model.ts';
import type { CheckedItem, PlanItem } from './item-check.ts';
import { type OrderQuantity, orderQuantityOf } from './order-quantity.ts';
import { projectStock } from './project-stock.ts';

/** Service levels of the portfolio trade-off curve. */
export const TRADEOFF_LEVELS: readonly number[] = [0.8, 0.85, 0.9, 0.925, 0.95, 0.97, 0.98, 0.99, 0.995];

/** Per-SKU trade-off: [inventory value, safety-stock value] at each of TRADEOFF_LEVELS, by service kind. */
export type SkuTradeoff = Record<ServiceKind, [number, number][]>;

/** A computed plan and its share of the trade-off curve. */
export interface PlanRecord {
  readonly plan: PlanDetail;
  readonly tradeoff: SkuTradeoff | null;
}

/** Settings shared by every SKU of a run. */
export interface PlanSettings {
  readonly target: PlanServiceTarget;
  /** Lead-time coefficient of variation (0 = fixed lead time). */
  readonly leadTimeCv: number;
  /** Days of demand one order covers before MOQ and pack rounding, when the item lacks EOQ costs. */
  readonly cycleDays: number;
  readonly horizonDays: number;
  readonly paths: number;
  /** Days since 1970-01-01 of "today". */
  readonly today: number;
  readonly computedAt: number;
}

/** Excess stock: inventory position above order-up-to plus this many days of demand. */
const EXCESS_COVER_DAYS = 30;

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function seedOf(sku: string): number {
  let hash = 2166136261;
  for (let i = 0; i < sku.length; i++) hash = Math.imul(hash ^ sku.charCodeAt(i), 16777619);
  return hash >>> 0;
}

function round(value: number, digits = 4): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function inputsOf(
  item: PlanItem,
  settings: PlanSettings,
  extra: { fingerprint: string | null; annualDemand: number | null },
): PlanInputs {
  return {
    forecastFingerprint: extra.fingerprint,
    unitCost: item.unitCost,
    leadTimeDays: item.leadTimeDays,
    leadTimeCv: settings.leadTimeCv,
    moq: item.moq,
    packSize: item.packSize,
    cycleDays: settings.cycleDays,
    orderCost: item.orderCost,
    holdingRate: item.holdingRate,
    annualDemand: extra.annualDemand === null ? null : round(extra.annualDemand, 2),
    computedAt: new Date(settings.computedAt).toISOString(),
  };
}

/** A plan that could not be computed: every number null, the problem recorded. */
export function problemPlan(
  item: PlanItem,
  settings: PlanSettings,
  problem: PlanProblem,
  fingerprint: string | null = null,
): PlanRecord {
  return {
    plan: {
      sku: item.sku,
      name: item.name,
      status: 'problem',
      source: 'none',
      target: settings.target,
      onHand: item.onHand,
      onOrder: item.onOrder,
      leadTimeDemandMean: null,
      reorderPoint: null,
      orderUpTo: null,
      orderQuantity: null,
      quantityRule: null,
      eoqQuantity: null,
      suggestedQuantity: null,
      orderDate: null,
      expectedFillRate: null,
      expectedCycleService: null,
      stockoutRisk: null,
      valueAtRisk: null,
      excessValue: null,
      note: null,
      problem,
      projection: [],
      inputs: inputsOf(item, settings, { fingerprint, annualDemand: null }),
    },
    tradeoff: null,
  };
}

/**
 * Smallest whole reorder point r ≥ 0 meeting the target for order quantity Q: binary search on the
 * non-decreasing service function (about 12 evaluations, where a real-valued bisection needs ~60).
 * Throws AppError for unreachable targets (100% against unbounded demand).
 */
function reorderPointFor(demand: ProtectionDemand, target: PlanServiceTarget, quantity: number): number {
  checkServiceTarget(target, demand.protection);
  if (target.level === 1) return Math.max(0, Math.ceil(demand.protection.upper));
  const service =
    target.kind === 'fill-rate'
      ? (r: number) => fillRateOf(demand, r, quantity)
      : (r: number) => cycleServiceOf(demand, r, quantity);
  if (service(0) >= target.level) return 0;
  let low = 0;
  let high = Math.ceil(demand.protection.mean + 10 * Math.sqrt(demand.protection.variance)) + 1;
  for (let i = 0; i < 60 && service(high) < target.level; i++) {
    low = high;
    high *= 2;
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (service(middle) >= target.level) high = middle;
    else low = middle;
  }
  return high;
}

function tradeoffOf(model: DemandModel, quantity: number, unitCost: number): SkuTradeoff {
  const mean = model.demand.leadTime.mean;
  const curve = (kind: ServiceKind): [number, number][] =>
    TRADEOFF_LEVELS.map((level) => {
      const r = reorderPointFor(model.demand, { kind, level }, quantity);
      const safety = Math.max(0, r - mean);
      return [(safety + quantity / 2) * unitCost, safety * unitCost];
    });
  return { 'fill-rate': curve('fill-rate'), 'cycle-service-level': curve('cycle-service-level') };
}

/** First day (0 = today) the mean projected inventory position reaches r, or null beyond the horizon. */
function reorderDay(daily: DailyDemand, position: number, reorderPoint: number): number | null {
  let level = position;
  for (let t = 0; t < daily.mean.length; t++) {
    if (level <= reorderPoint) return t;
    level -= daily.mean[t] ?? 0;
  }
  return level <= reorderPoint ? daily.mean.length : null;
}

/** Computes the plan of one valid item from its daily demand; service targets it cannot meet become problems. */
export function computePlan(
  item: CheckedItem,
  daily: DailyDemand,
  options: { settings: PlanSettings; fingerprint: string | null; note: string | null },
): PlanRecord {
  const { settings, fingerprint } = options;
  const model = demandModel(daily, item.leadTimeDays, settings.leadTimeCv);
  const { demand } = model;
  const perDay = daily.mean.reduce((sum, value) => sum + value, 0) / Math.max(1, daily.mean.length);
  // r is searched for this Q: the fill rate 1 − ESC(r)/Q depends on it, so a larger lot needs a lower r.
  const lot: OrderQuantity = orderQuantityOf(item, perDay, settings.cycleDays);
  const { quantity } = lot;
  let reorderPoint: number;
  try {
    reorderPoint = reorderPointFor(demand, settings.target, quantity);
  } catch (error) {
    if (error instanceof AppError)
      return problemPlan(
        item,
        settings,
        { field: 'target.level', message: `SKU ${item.sku}: ${error.message}` },
        fingerprint,
      );
    throw error;
  }
  const orderUpTo = reorderPoint + quantity;
  const position = item.onHand + item.onOrder;
  const day = quantity > 0 ? reorderDay(daily, position, reorderPoint) : null;
  // (r, nQ): the smallest whole number of order quantities that lifts the position above r.
  const multiples = day === 0 ? Math.max(1, Math.ceil((reorderPoint - position) / quantity + 1e-9)) : 1;
  const suggested = day === null ? 0 : multiples * quantity;
  const stockoutRisk = 1 - demand.leadTime.cdf(position);
  const valuePerUnit = item.price !== null && item.price > 0 ? item.price : item.unitCost;
  const excessUnits = Math.max(0, position - orderUpTo - perDay * EXCESS_COVER_DAYS);
  const projection = projectStock({
    daily,
    onHand: item.onHand,
    onOrder: item.onOrder,
    leadTimeDays: item.leadTimeDays,
    reorderPoint,
    orderQuantity: quantity,
    days: settings.horizonDays,
    paths: settings.paths,
    random: seededRandom(seedOf(item.sku)),
  });
  const band = Array.from(projection.p50, (p50, t) => ({
    day: isoDay(settings.today + t),
    p10: round(projection.p10[t] ?? 0, 2),
    p50: round(p50, 2),
    p90: round(projection.p90[t] ?? 0, 2),
  }));
  return {
    plan: {
      sku: item.sku,
      name: item.name,
      status: 'ok',
      source: daily.source,
      target: settings.target,
      onHand: item.onHand,
      onOrder: item.onOrder,
      leadTimeDemandMean: round(demand.leadTime.mean, 2),
      reorderPoint,
      orderUpTo,
      orderQuantity: quantity,
      quantityRule: lot.rule,
      eoqQuantity: lot.eoq === null ? null : round(lot.eoq, 2),
      suggestedQuantity: suggested,
      orderDate: day === null ? null : isoDay(settings.today + day),
      expectedFillRate: round(Math.min(1, Math.max(0, fillRateOf(demand, reorderPoint, quantity)))),
      expectedCycleService: round(Math.min(1, Math.max(0, cycleServiceOf(demand, reorderPoint, quantity)))),
      stockoutRisk: round(Math.min(1, Math.max(0, stockoutRisk))),
      valueAtRisk: round(demand.leadTime.loss(position) * valuePerUnit, 2),
      excessValue: round(excessUnits * item.unitCost, 2),
      note: options.note,
      problem: null,
      projection: band,
      inputs: inputsOf(item, settings, { fingerprint, annualDemand: lot.annualDemand }),
    },
    tradeoff: tradeoffOf(model, quantity, item.unitCost),
  };
}

const NUMERIC_FIELDS = [
  'leadTimeDemandMean',
  'reorderPoint',
  'orderUpTo',
  'orderQuantity',
  'eoqQuantity',
  'suggestedQuantity',
  'expectedFillRate',
  'expectedCycleService',
  'stockoutRisk',
  'valueAtRisk',
  'excessValue',
] as const;

/** Turns a plan with a non-finite number (a numeric failure, never shown as NaN) into a plan problem. */
export function guardFinite(record: PlanRecord, item: PlanItem, settings: PlanSettings): PlanRecord {
  const { plan } = record;
  const field = NUMERIC_FIELDS.find((key) => {
    const value = plan[key];
    return value !== null && !Number.isFinite(value);
  });
  const bandBroken = plan.projection.some(
    (point) => !Number.isFinite(point.p10) || !Number.isFinite(point.p50) || !Number.isFinite(point.p90),
  );
  if (field === undefined && !bandBroken) return record;
  const name = field ?? 'projection';
  return problemPlan(
    item,
    settings,
    { field: name, message: `SKU ${item.sku}: ${name} could not be computed from these inputs` },
    plan.inputs.forecastFingerprint,
  );
}
