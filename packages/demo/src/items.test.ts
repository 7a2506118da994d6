import { describe, expect, it } from 'vitest';
import { generateItems } from './items.ts';

describe('generateItems', () => {
  const items = generateItems();

  it('has at least 300 unique SKUs in the three categories', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(new Set(items.map((i) => i.sku)).size).toBe(items.length);
    const count = (c: string): number => items.filter((i) => i.category === c).length;
    expect(count('finished-good')).toBe(160);
    expect(count('spare-part')).toBe(87);
    expect(count('consumable')).toBe(60);
  });

  it('gives plausible Chinese and English names, prices and stock figures', () => {
    const pump = items.find((i) => i.sku === 'FG-ISG-001')!;
    expect(pump.name).toBe('ISG立式管道离心泵 DN25 铸铁');
    expect(pump.nameEn).toBe('ISG vertical inline centrifugal pump DN25 cast iron');
    expect(pump.supplier).toBe('本厂生产');
    for (const item of items) {
      expect(/[\u4e00-\u9fff]/.test(item.name)).toBe(true);
      expect(/[\u4e00-\u9fff]/.test(item.nameEn)).toBe(false);
      expect(/[\u4e00-\u9fff]/.test(item.supplier)).toBe(true);
      expect(item.price).toBeGreaterThan(item.unitCost);
      expect(item.unitCost).toBeGreaterThan(0.5);
      expect(item.unitCost).toBeLessThan(20_000);
      expect(item.leadTimeDays).toBeGreaterThanOrEqual(3);
      expect(item.onHand % item.packSize).toBe(0);
      expect(item.onOrder === 0 || item.onOrder >= item.moq).toBe(true);
    }
  });

  it('gives most SKUs an ordering cost and holding rate that make EOQ lots of days to months', () => {
    const costed = items.filter((i) => i.orderCost !== null && i.holdingRate !== null);
    expect(costed.length).toBe(273);
    expect(items.filter((i) => (i.orderCost === null) !== (i.holdingRate === null))).toEqual([]);
    for (const item of costed) {
      const k = item.orderCost ?? Number.NaN;
      const h = item.holdingRate ?? Number.NaN;
      expect(k).toBeGreaterThanOrEqual(item.supplier === '本厂生产' ? 300 : 60);
      expect(k).toBeLessThanOrEqual(item.supplier === '本厂生产' ? 1200 : 300);
      expect(h).toBeGreaterThanOrEqual(0.18);
      expect(h).toBeLessThanOrEqual(0.3);
    }
    const pump = items.find((i) => i.sku === 'FG-ISG-001')!;
    expect([pump.unitCost, pump.orderCost, pump.holdingRate]).toEqual([765, 741, 0.27]);
  });

  it('is deterministic in the seed and checks it', () => {
    expect(generateItems({ seed: 5 })).toEqual(generateItems({ seed: 5 }));
    expect(generateItems({ seed: 5 })[0]!.unitCost).not.toBe(generateItems({ seed: 6 })[0]!.unitCost);
    expect(() => generateItems({ seed: -1 })).toThrow(/options.seed/);
  });
});
