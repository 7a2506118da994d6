// The order-quantity rule: EOQ on annual demand when K and h are known, days of demand otherwise.
import { describe, expect, it } from 'vitest';
import type { CheckedItem } from './item-check.ts';
import { orderQuantityOf } from './order-quantity.ts';

const item: CheckedItem = {
  sku: 'X',
  name: 'x',
  unitCost: 10,
  price: null,
  leadTimeDays: 7,
  moq: 0,
  packSize: 50,
  onHand: 0,
  onOrder: 0,
  orderCost: 50,
  holdingRate: 0.2,
};
const perDay = 1200 / 365;

describe('orderQuantityOf', () => {
  it('uses Q* = √(2DK/(h·c)) on D = 365 × daily demand, rounded up to whole packs', () => {
    const lot = orderQuantityOf(item, perDay, 14);
    expect(lot.rule).toBe('eoq');
    expect(lot.annualDemand).toBeCloseTo(1200, 9);
    expect(lot.eoq).toBeCloseTo(Math.sqrt(60_000), 9); // 244.949
    expect(lot.quantity).toBe(250);
    // Four times the order cost doubles Q*: √(2·1200·200/2) = 489.9 → 500.
    expect(orderQuantityOf({ ...item, orderCost: 200 }, perDay, 14).quantity).toBe(500);
  });

  it('raises the EOQ to the MOQ before pack rounding, and orders nothing without demand', () => {
    expect(orderQuantityOf({ ...item, moq: 420 }, perDay, 14).quantity).toBe(450);
    expect(orderQuantityOf({ ...item, packSize: 0 }, perDay, 14).quantity).toBeCloseTo(244.949, 3);
    expect(orderQuantityOf(item, 0, 14)).toMatchObject({ rule: 'eoq', quantity: 0, eoq: 0 });
  });

  it('orders lot-for-lot, the smallest lot the rules allow, when ordering is free', () => {
    expect(orderQuantityOf({ ...item, orderCost: 0, packSize: 12 }, perDay, 14)).toMatchObject({
      rule: 'eoq',
      eoq: 0,
      quantity: 12,
    });
    expect(orderQuantityOf({ ...item, orderCost: 0, packSize: 0 }, perDay, 14).quantity).toBe(1);
  });

  it('falls back to days of demand when the order cost or holding rate is unknown', () => {
    // 1200/365 × 14 ≈ 46.0 → one pack of 50.
    for (const missing of [{ orderCost: null }, { holdingRate: null }])
      expect(orderQuantityOf({ ...item, ...missing }, perDay, 14)).toEqual({
        quantity: 50,
        rule: 'days-of-demand',
        eoq: null,
        annualDemand: null,
      });
  });
});
