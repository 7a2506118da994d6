import { fillRateOf } from '@zhizao/inventory';
import { describe, expect, it } from 'vitest';
import { computePlan, guardFinite, type PlanSettings } from './compute-plan.ts';
import { dailyFromForecast, demandModel } from './demand-model.ts';
import { type CheckedItem, checkItem } from './item-check.ts';

const settings: PlanSettings = {
  target: { kind: 'fill-rate', level: 0.95 },
  leadTimeCv: 0,
  cycleDays: 10,
  horizonDays: 20,
  paths: 20,
  today: 20_513,
  computedAt: 0,
};

const item: CheckedItem = {
  sku: 'X',
  name: 'x',
  unitCost: 2,
  price: null,
  leadTimeDays: 3,
  moq: 25,
  packSize: 10,
  onHand: 200,
  onOrder: 0,
  orderCost: null,
  holdingRate: null,
};

describe('computePlan', () => {
  it('rounds Q to MOQ and packs and dates the next order when the expected position reaches r', () => {
    const daily = dailyFromForecast([{ mean: 2, p10: 2, p90: 2 }], 20);
    const { plan } = computePlan(item, daily, { settings, fingerprint: 'f', note: null });
    // Q: 2/day × 10 days = 20 → MOQ 25 → 3 packs of 10 = 30. Deterministic demand: r = 6 (3 days × 2)
    // already serves everything; position 200 reaches 6 after 97 days, beyond the 20-day horizon.
    expect(plan.orderQuantity).toBe(30);
    expect(plan.reorderPoint).toBeLessThanOrEqual(6);
    expect(plan.orderDate).toBeNull();
    expect(plan.suggestedQuantity).toBe(0);
    expect(plan.excessValue).toBe((200 - (plan.orderUpTo ?? 0) - 60) * 2);
  });

  it('turns a non-finite number into a plan problem naming the field', () => {
    const daily = dailyFromForecast([{ mean: 2, p10: 1, p90: 3 }], 20);
    const record = computePlan({ ...item, onHand: 0 }, daily, { settings, fingerprint: 'f', note: null });
    expect(record.plan.orderDate).toBe('2026-03-01');
    const broken = { ...record, plan: { ...record.plan, valueAtRisk: Number.NaN } };
    const guarded = guardFinite(broken, item, settings);
    expect(guarded.plan).toMatchObject({
      status: 'problem',
      valueAtRisk: null,
      problem: {
        field: 'valueAtRisk',
        message: 'SKU X: valueAtRisk could not be computed from these inputs',
      },
    });
    expect(guardFinite(record, item, settings)).toBe(record);
  });

  describe('order quantity rule', () => {
    // D = 1200/yr, K = 50, h = 0.2/yr, c = 10: Q* = √(2·1200·50/(0.2·10)) = √60000 ≈ 244.95 → pack 50 → 250.
    const perDay = 1200 / 365;
    const eoqItem: CheckedItem = {
      ...item,
      unitCost: 10,
      moq: 0,
      packSize: 50,
      leadTimeDays: 7,
      onHand: 0,
      orderCost: 50,
      holdingRate: 0.2,
    };
    const steady = dailyFromForecast([{ mean: perDay, p10: perDay, p90: perDay }], 20);
    const noisy = dailyFromForecast([{ mean: perDay, p10: 1, p90: 6 }], 20);
    const plan = (entry: CheckedItem, daily = steady) =>
      computePlan(entry, daily, { settings, fingerprint: 'f', note: null }).plan;

    it('sets Q to the EOQ on annual forecast demand, rounded up to whole packs, and records the rule', () => {
      const result = plan(eoqItem);
      expect(result.quantityRule).toBe('eoq');
      expect(result.eoqQuantity).toBeCloseTo(244.95, 2);
      expect(result.orderQuantity).toBe(250);
      expect(result.inputs).toMatchObject({ orderCost: 50, holdingRate: 0.2, annualDemand: 1200 });
      expect(result.orderUpTo).toBe((result.reorderPoint ?? Number.NaN) + 250);
    });

    it('keeps the days-of-demand rule when order cost or holding rate is missing', () => {
      for (const missing of [{ orderCost: null }, { holdingRate: null }]) {
        const result = plan({ ...eoqItem, ...missing });
        // 1200/365 per day × 10 cycle days ≈ 32.9 → one pack of 50.
        expect(result).toMatchObject({
          quantityRule: 'days-of-demand',
          eoqQuantity: null,
          orderQuantity: 50,
        });
        expect(result.inputs.annualDemand).toBeNull();
      }
    });

    it('sets the smallest reorder point meeting the fill rate for the chosen Q', () => {
      const model = demandModel(noisy, eoqItem.leadTimeDays, 0);
      for (const entry of [eoqItem, { ...eoqItem, orderCost: null }]) {
        const result = plan(entry, noisy);
        const q = result.orderQuantity ?? Number.NaN;
        const r = result.reorderPoint ?? Number.NaN;
        expect(fillRateOf(model.demand, r, q)).toBeGreaterThanOrEqual(0.95);
        expect(fillRateOf(model.demand, r - 1, q)).toBeLessThan(0.95);
        expect(result.expectedFillRate).toBeGreaterThanOrEqual(0.95);
      }
      // Larger lots expose fewer cycles to stock-outs, so the EOQ lot needs a lower reorder point.
      expect(plan(eoqItem, noisy).reorderPoint).toBeLessThan(
        plan({ ...eoqItem, orderCost: null }, noisy).reorderPoint ?? 0,
      );
    });

    it('names the SKU and field of a bad order cost or holding rate', () => {
      const base = { ...eoqItem };
      expect(checkItem({ ...base, orderCost: -5 })).toEqual({
        field: 'order_cost',
        message: 'SKU X: order_cost must be ≥ 0, got -5',
      });
      expect(checkItem({ ...base, holdingRate: 0 })).toEqual({
        field: 'holding_rate',
        message: 'SKU X: holding_rate must be a yearly rate in (0, 5] such as 0.25, got 0',
      });
      expect(checkItem(base)).toMatchObject({ sku: 'X', orderCost: 50, holdingRate: 0.2 });
    });
  });
});
