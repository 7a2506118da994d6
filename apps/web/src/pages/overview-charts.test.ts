import type { Overview } from '@zhizao/contract';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n.ts';
import { inventoryByCategoryOption, monthlySalesOption, topSkusOption } from './overview-charts.ts';

const overview: Overview = {
  demo: false,
  counts: { skus: 2, salesRows: 3, machines: 0, tags: 0, telemetryPoints: 0 },
  salesRange: { from: '2024-01-01', to: '2024-02-02' },
  inventoryValue: 425,
  salesByMonth: [
    { month: '2024-01', quantity: 8, revenue: 80 },
    { month: '2024-02', quantity: 5, revenue: 52.5 },
  ],
  topSkus: [
    { sku: 'A-1', name: '水泵', quantity: 7, revenue: 70 },
    { sku: 'A-2', name: '', quantity: 1, revenue: 10 },
  ],
  categories: [{ category: 'pumps', skus: 2, inventoryValue: 425 }],
};
const i18n = createI18n('en', () => undefined);

describe('overview chart options', () => {
  it('puts monthly quantity in bars and revenue on a second axis', () => {
    const option = monthlySalesOption(overview, i18n);
    expect(option.xAxis).toMatchObject({ data: ['2024-01', '2024-02'] });
    expect(option.series).toEqual([
      expect.objectContaining({ type: 'bar', name: 'Quantity', data: [8, 5] }),
      expect.objectContaining({ type: 'line', name: 'Revenue', yAxisIndex: 1, data: [80, 52.5] }),
    ]);
  });

  it('lists top SKUs bottom-up so the first is drawn on top, naming unnamed ones by SKU', () => {
    const option = topSkusOption(overview, i18n);
    expect(option.yAxis).toMatchObject({ data: ['A-2', 'A-1 水泵'] });
    expect(option.series).toEqual([expect.objectContaining({ name: 'Revenue', data: [10, 70] })]);
  });

  it('shows revenue and quantity of a SKU in the tooltip, with its name escaped', () => {
    const named = { ...overview, topSkus: [{ sku: 'B<1>', name: '', quantity: 1200, revenue: 3400.4 }] };
    const tooltip = topSkusOption(named, i18n).tooltip;
    const formatter = tooltip !== undefined && !Array.isArray(tooltip) ? tooltip.formatter : undefined;
    if (typeof formatter !== 'function') throw new Error('expected a tooltip formatter function');
    const text = formatter([{ dataIndex: 0 }] as unknown as Parameters<typeof formatter>[0], '');
    expect(text).toBe('B&#60;1&#62;<br/>Revenue: 3,400<br/>Quantity: 1,200');
  });

  it('charts inventory value per category', () => {
    const option = inventoryByCategoryOption(overview, i18n);
    expect(option.series).toEqual([
      expect.objectContaining({ type: 'pie', data: [{ name: 'pumps', value: 425 }] }),
    ]);
  });
});
