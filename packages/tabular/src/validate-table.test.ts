// The dispatching entry point and explicit mappings.
import { isAppError } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { validateTable } from './validate-table.ts';

describe('validateTable', () => {
  it('dispatches on kind with typed results', () => {
    const sales = validateTable(parseCsv('sku,date,qty\nA,2024-01-01,2\n'), 'sales');
    expect(sales.ok && Array.from(sales.data.day)).toEqual([19723]);
    const items = validateTable(parseCsv('sku,unit_cost,lead_time_days\nA,2,3\n'), 'items');
    expect(items.ok && items.data[0]?.leadTimeDays).toBe(3);
    const telemetry = validateTable(parseCsv('ts,machine,tag,value\n2024-01-01,M,t,1\n'), 'telemetry');
    expect(telemetry.ok && telemetry.data.tag).toEqual(['t']);
  });

  it('uses an explicit mapping instead of the detected one', () => {
    const table = parseCsv('code,when,amount\nA,2024-01-01,2\n');
    expect(validateTable(table, 'sales').ok).toBe(false);
    const result = validateTable(table, 'sales', { sku: 'code', date: 'when', quantity: 2 });
    expect(result.ok && Array.from(result.data.quantity)).toEqual([2]);
    const partial = validateTable(table, 'sales', { sku: 0 });
    expect(!partial.ok && partial.report.problems.map((p) => p.column)).toEqual(['date', 'quantity']);
  });

  it('rejects bad mappings and kinds as input errors', () => {
    const table = parseCsv('a,b\n1,2\n');
    const unknown = (() => {
      try {
        return validateTable(table, 'sales', { colour: 0 });
      } catch (e) {
        return e;
      }
    })();
    expect(isAppError(unknown) && unknown.code).toBe('INVALID_INPUT');
    expect(() => validateTable(table, 'sales', { sku: 5 })).toThrow(
      /column 5 for field "sku" is not in the header/,
    );
    expect(() => validateTable(table, 'sales', { sku: 'zz' })).toThrow(/column "zz"/);
    expect(() => validateTable(table, 'stock' as 'sales')).toThrow(/kind must be one of/);
  });
});
