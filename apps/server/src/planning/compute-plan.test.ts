import { describe, expect, it } from 'vitest';
import { computePlan, guardFinite, type PlanSettings } from './compute-plan.ts';
import { dailyFromForecast } from './demand-model.ts';
import type { CheckedItem } from './item-check.ts';

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
});
