/** Chooses one SKU's order quantity: the EOQ when ordering cost and holding rate are known, else days of demand. */
import type { PlanDetail } from '@zhizao/contract';
import { eoq, roundOrderQuantity } from '@zhizao/inventory';
import type { CheckedItem } from './item-check.ts';

/** Days in the year the daily demand rate is scaled by. */
export const DAYS_PER_YEAR = 365;

/** The chosen order quantity and how it was reached, for the plan's audit trail. */
export interface OrderQuantity {
  /** Q after MOQ and pack rounding (0 when there is no demand). */
  readonly quantity: number;
  readonly rule: NonNullable<PlanDetail['quantityRule']>;
  /** EOQ before rounding (null under the days-of-demand rule). */
  readonly eoq: number | null;
  /** Demand per year the EOQ used (null under the days-of-demand rule). */
  readonly annualDemand: number | null;
}

/**
 * With order cost K and holding rate h both known, Q* = √(2DK/(h·c)) on the annual demand rate
 * D = 365 × mean daily forecast and unit cost c (Harris 1913; Wilson 1934; Snyder & Shen 2019,
 * eq. 3.4), then raised to the MOQ and rounded up to whole packs. K = 0 makes Q* = 0: order
 * lot-for-lot, the smallest lot the rules allow (at least one unit). Without K or h, Q covers
 * `cycleDays` of mean demand, rounded the same way. The caller sets the reorder point for this Q.
 */
export function orderQuantityOf(item: CheckedItem, perDay: number, cycleDays: number): OrderQuantity {
  const rules = { moq: item.moq, packSize: item.packSize };
  if (item.orderCost === null || item.holdingRate === null)
    return {
      quantity: roundOrderQuantity(perDay * cycleDays, rules),
      rule: 'days-of-demand',
      eoq: null,
      annualDemand: null,
    };
  const annualDemand = perDay * DAYS_PER_YEAR;
  const lot = eoq({ fixed: item.orderCost, rate: annualDemand, holding: item.holdingRate * item.unitCost });
  return {
    quantity: annualDemand > 0 ? roundOrderQuantity(Math.max(1, lot.quantity), rules) : 0,
    rule: 'eoq',
    eoq: lot.quantity,
    annualDemand,
  };
}
