/** Validates the item-master fields a plan needs; a bad field becomes a plan problem naming SKU and field. */
import type { PlanProblem } from '@zhizao/contract';

/** Item-master fields planning reads. */
export interface PlanItem {
  readonly sku: string;
  readonly name: string;
  readonly unitCost: number | null;
  readonly price: number | null;
  readonly leadTimeDays: number | null;
  readonly moq: number | null;
  readonly packSize: number | null;
  readonly onHand: number | null;
  readonly onOrder: number | null;
  /** Cost per order; null when the item master has none (then the days-of-demand rule sets Q). */
  readonly orderCost: number | null;
  /** Annual holding cost as a fraction of unit cost; null when unknown. */
  readonly holdingRate: number | null;
}

/** An item whose planning fields are present and valid. */
export interface CheckedItem extends PlanItem {
  readonly unitCost: number;
  readonly leadTimeDays: number;
  readonly moq: number;
  readonly packSize: number;
  readonly onHand: number;
  readonly onOrder: number;
}

function problem(item: PlanItem, field: string, detail: string): PlanProblem {
  return { field, message: `SKU ${item.sku}: ${field} ${detail}` };
}

function isNumber(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

/** Returns the first problem with the item's planning fields, or the item with its fields narrowed. */
export function checkItem(item: PlanItem): CheckedItem | PlanProblem {
  if (!isNumber(item.unitCost)) return problem(item, 'unit_cost', 'is missing');
  if (item.unitCost <= 0) return problem(item, 'unit_cost', `must be positive, got ${item.unitCost}`);
  if (!isNumber(item.leadTimeDays)) return problem(item, 'lead_time_days', 'is missing');
  if (item.leadTimeDays < 0 || !Number.isInteger(item.leadTimeDays))
    return problem(item, 'lead_time_days', `must be a whole number of days ≥ 0, got ${item.leadTimeDays}`);
  if (item.leadTimeDays > 365)
    return problem(item, 'lead_time_days', `is over a year (${item.leadTimeDays}); check the unit`);
  if (!isNumber(item.moq) || item.moq < 0)
    return problem(item, 'moq', `must be ≥ 0, got ${String(item.moq)}`);
  if (!isNumber(item.packSize) || item.packSize < 0)
    return problem(item, 'pack_size', `must be ≥ 0, got ${String(item.packSize)}`);
  if (!isNumber(item.onHand)) return problem(item, 'on_hand', 'is missing');
  if (!isNumber(item.onOrder) || item.onOrder < 0)
    return problem(item, 'on_order', `must be ≥ 0, got ${String(item.onOrder)}`);
  if (item.orderCost !== null && !(Number.isFinite(item.orderCost) && item.orderCost >= 0))
    return problem(item, 'order_cost', `must be ≥ 0, got ${item.orderCost}`);
  if (item.holdingRate !== null && !(item.holdingRate > 0 && item.holdingRate <= 5))
    return problem(
      item,
      'holding_rate',
      `must be a yearly rate in (0, 5] such as 0.25, got ${item.holdingRate}`,
    );
  return {
    ...item,
    unitCost: item.unitCost,
    leadTimeDays: item.leadTimeDays,
    moq: item.moq,
    packSize: item.packSize,
    onHand: item.onHand,
    onOrder: item.onOrder,
  };
}

/** Tells a problem from a checked item. */
export function isProblem(value: CheckedItem | PlanProblem): value is PlanProblem {
  return 'field' in value && 'message' in value && !('sku' in value);
}
