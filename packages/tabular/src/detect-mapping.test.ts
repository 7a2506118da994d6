// Header synonyms in Chinese and English for each dataset kind.
import { describe, expect, it } from 'vitest';
import { detectMapping } from './detect-mapping.ts';
import { normalizeHeader } from './header-synonyms.ts';

describe('normalizeHeader', () => {
  it('ignores case, spacing, underscores, full-width forms and bracketed units', () => {
    expect(normalizeHeader(' Lead_Time Days ')).toBe('leadtimedays');
    expect(normalizeHeader('数量(件)')).toBe('数量');
    expect(normalizeHeader('ＳＫＵ')).toBe('sku');
    expect(normalizeHeader('单价（元）')).toBe('单价');
  });
});

describe('detectMapping', () => {
  it('maps Chinese sales headers', () => {
    expect(
      detectMapping(['物料编码', '销售日期', '出库数量', '是否促销', '单价(元)', '备注'], 'sales'),
    ).toEqual({
      mapping: { sku: 0, date: 1, quantity: 2, promotion: 3, price: 4 },
      unmapped: ['备注'],
      missing: [],
    });
  });

  it('maps English headers case- and space-insensitively, first match wins', () => {
    expect(detectMapping(['Part Number', 'DAY', 'Qty', 'Item'], 'sales')).toEqual({
      mapping: { sku: 0, date: 1, quantity: 2 },
      unmapped: ['Item'],
      missing: [],
    });
  });

  it('maps item master headers and lists missing required fields', () => {
    const result = detectMapping(
      ['料号', '品名', '类别', '单位成本', '交期', 'MOQ', '包装量', '现有库存', '在途数量', '供应商'],
      'items',
    );
    expect(result.mapping).toEqual({
      sku: 0,
      name: 1,
      category: 2,
      unit_cost: 3,
      lead_time_days: 4,
      moq: 5,
      pack_size: 6,
      on_hand: 7,
      on_order: 8,
      supplier: 9,
    });
    expect(detectMapping(['sku', 'name'], 'items').missing).toEqual(['unit_cost', 'lead_time_days']);
  });

  it('treats telemetry without tag and value as wide, and asks for the partner of a lone one', () => {
    expect(detectMapping(['时间戳', '机台', '温度(℃)', '压力'], 'telemetry')).toEqual({
      mapping: { timestamp: 0, machine: 1 },
      unmapped: ['温度(℃)', '压力'],
      missing: [],
    });
    expect(detectMapping(['ts', 'machine', 'tag'], 'telemetry').missing).toEqual(['value']);
    expect(detectMapping(['日期', '设备', 'temp'], 'telemetry').mapping).toEqual({
      timestamp: 0,
      machine: 1,
    });
    expect(detectMapping(['日期', '时间', '设备'], 'telemetry').mapping).toEqual({
      date: 0,
      timestamp: 1,
      machine: 2,
    });
    expect(detectMapping(['时间', '设备', '位号', '数值', '单位'], 'telemetry').mapping).toEqual({
      timestamp: 0,
      machine: 1,
      tag: 2,
      value: 3,
      unit: 4,
    });
  });

  it('rejects an unknown kind', () => {
    expect(() => detectMapping(['a'], 'orders' as 'sales')).toThrow(
      /kind must be one of sales, items, telemetry/,
    );
  });
});
