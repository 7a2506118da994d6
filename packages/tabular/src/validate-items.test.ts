// Item master validation: typed rows and each numeric rule.
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { validateItems } from './validate-items.ts';

describe('validateItems', () => {
  it('builds typed item rows from Chinese headers, omitting empty optional numbers', () => {
    const csv = [
      '料号,品名,类别,单位成本,售价,供应商,提前期(天),MOQ,包装量,现有库存,在途数量',
      'P-100,轴承 6204,标准件,"1,234.50",2000,华东轴承,14,100,10,350,0',
      'P-200,密封圈,耗材,0.8,,,7,,,,',
    ].join('\n');
    const result = validateItems(parseCsv(csv));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rowCount).toBe(2);
    expect(result.data).toEqual([
      {
        sku: 'P-100',
        name: '轴承 6204',
        category: '标准件',
        supplier: '华东轴承',
        unitCost: 1234.5,
        leadTimeDays: 14,
        price: 2000,
        moq: 100,
        packSize: 10,
        onHand: 350,
        onOrder: 0,
      },
      { sku: 'P-200', name: '密封圈', category: '耗材', supplier: '', unitCost: 0.8, leadTimeDays: 7 },
    ]);
  });

  it('reports required, negative, fractional, below-one and duplicate values', () => {
    const csv = [
      'sku,unit cost,lead time,pack size,on hand',
      'A,1,5,1,0', // row 2
      'B,,5,1,0', // row 3: unit cost required
      'C,2,2.5,1,0', // row 4: lead time not integer
      'D,2,-1,1,0', // row 5: lead time negative
      'E,2,3,0,0', // row 6: pack size below one
      'A,2,3,1,-4', // row 7: duplicate sku, negative on hand
    ].join('\n');
    const result = validateItems(parseCsv(csv, { fileName: 'items.csv' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'unit cost', 'required'],
      [4, 'lead time', 'not_integer'],
      [5, 'lead time', 'negative'],
      [6, 'pack size', 'below_one'],
      [7, 'on hand', 'negative'],
      [7, 'sku', 'duplicate_key'],
    ]);
    const [required, fractional, , belowOne, , duplicate] = result.report.problems;
    expect(required?.reason).toBe('unit_cost is required');
    expect(required?.reasonZh).toBe('单位成本不能为空');
    expect(fractional?.reasonZh).toBe('提前期(天)必须是整数');
    expect(belowOne?.reason).toBe('pack_size must be at least 1');
    expect(duplicate?.reason).toBe('duplicate sku: already in row 2');
  });

  it('reads order cost and holding rate, as a fraction or a percentage, under Chinese and English headers', () => {
    const zh = [
      '料号,单位成本,提前期,每次订货费用,库存持有费率',
      'A,10,7,50,25%',
      'B,4,7,"1,200",0.2',
      'C,4,7,0,５０％', // full-width percent
      'D,4,7,,', // both left blank: the fixed-days rule applies in planning
    ].join('\n');
    const result = validateItems(parseCsv(zh));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.map((row) => [row.sku, row.orderCost, row.holdingRate])).toEqual([
      ['A', 50, 0.25],
      ['B', 1200, 0.2],
      ['C', 0, 0.5],
      ['D', undefined, undefined],
    ]);
    const en = validateItems(parseCsv('sku,unit cost,lead time,ordering cost,carrying rate\nA,10,7,75,0.3'));
    expect(en.ok && en.data[0]).toMatchObject({ orderCost: 75, holdingRate: 0.3 });
  });

  it('reports a negative order cost and holding rates outside (0, 5] with the row and column', () => {
    const csv = [
      'sku,unit cost,lead time,订货成本,年持有成本率',
      'A,1,5,-10,0.25', // row 2: negative order cost
      'B,1,5,10,0', // row 3: zero rate
      'C,1,5,10,25', // row 4: 25 meant as 25%
      'D,1,5,10,-5%', // row 5: negative percentage
      'E,1,5,ten,0.25', // row 6: not a number
      'F,1,5,10,abc%', // row 7: not a number
      'G,1,5,10,500%', // fine: the upper bound is inclusive
    ].join('\n');
    const result = validateItems(parseCsv(csv, { fileName: 'items.csv' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.report.problems.map((p) => [p.row, p.column, p.value, p.code])).toEqual([
      [2, '订货成本', '-10', 'negative'],
      [6, '订货成本', 'ten', 'not_a_number'],
      [3, '年持有成本率', '0', 'rate_out_of_range'],
      [4, '年持有成本率', '25', 'rate_out_of_range'],
      [5, '年持有成本率', '-5%', 'rate_out_of_range'],
      [7, '年持有成本率', 'abc%', 'not_a_number'],
    ]);
    const [negative, , zero] = result.report.problems;
    expect(negative?.reason).toBe('order_cost must not be negative');
    expect(negative?.reasonZh).toBe('订货成本不能为负数');
    expect(zero?.reason).toBe('holding_rate must be a yearly rate above 0 and at most 5 (write 0.25 or 25%)');
    expect(zero?.reasonZh).toBe('年持有成本率必须是大于 0 且不超过 5 的年费率（写作 0.25 或 25%）');
  });
});
