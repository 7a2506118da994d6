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
});
