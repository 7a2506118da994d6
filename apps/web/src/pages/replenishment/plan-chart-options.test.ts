import type { PlanDetail, Tradeoff } from '@zhizao/contract';
import { describe, expect, it } from 'vitest';
import { displayNumber, stockBandOption, tradeoffOption } from './plan-chart-options.ts';

const projection = [
  { day: '2026-03-01', p10: 5, p50: 10, p90: 20 },
  { day: '2026-03-02', p10: 0, p50: 4, p90: 12 },
];

describe('replenishment chart options', () => {
  it('stacks the band width on its lower edge and draws r as a flat line', () => {
    const option = stockBandOption({ projection, reorderPoint: 7 } as PlanDetail, {
      band: 'band',
      median: 'median',
      reorderPoint: 'r',
    });
    const series = option.series as { data: number[] }[];
    expect(series.map((s) => s.data)).toEqual([
      [5, 0],
      [15, 12],
      [10, 4],
      [7, 7],
    ]);
  });

  it('marks the chosen target on the trade-off curve', () => {
    const tradeoff: Tradeoff = {
      kind: 'fill-rate',
      skus: 1,
      points: [
        { level: 0.9, inventoryValue: 100, safetyStockValue: 10 },
        { level: 0.95, inventoryValue: 130, safetyStockValue: 40 },
      ],
    };
    const option = tradeoffOption(tradeoff, 0.95, {
      inventoryValue: 'inv',
      safetyStockValue: 'ss',
      percent: (f) => `${f * 100}%`,
      money: String,
    });
    const series = option.series as { markLine: { data: { xAxis: string }[] } }[];
    expect(series[0]?.markLine.data).toEqual([{ xAxis: '95%' }]);
  });

  it('never shows NaN', () => {
    expect(displayNumber(Number.NaN, String)).toBe('—');
    expect(displayNumber(null, String)).toBe('—');
    expect(displayNumber(3, (v) => `${v} u`)).toBe('3 u');
  });
});
