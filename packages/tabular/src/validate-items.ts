/** Validates an item master into {@link ItemRows}. */
import { findDuplicates } from './duplicate-keys.ts';
import { readRates } from './read-rates.ts';
import { fileRowOf, type Table } from './table.ts';
import { type MappingInput, openValidation, readNumbers, readText, report } from './validation-context.ts';
import type { ItemRow, ValidationResult } from './validation-result.ts';

/**
 * Checks every item: sku, unit_cost ≥ 0 and lead_time_days (whole days ≥ 0) required; price,
 * moq, on-hand/on-order quantities and order_cost ≥ 0, pack_size ≥ 1 and holding_rate a yearly
 * rate in (0, 5] (`0.25` or `25%`) when given. A sku listed twice is reported (its first row is named).
 */
export function validateItems(table: Table, mapping?: MappingInput): ValidationResult<ItemRow[]> {
  const opened = openValidation(table, 'items', mapping);
  if (!('rows' in opened)) return { ok: false, report: opened };
  const ctx = opened;
  const sku = readText(ctx, 'sku', true);
  const name = readText(ctx, 'name', false);
  const category = readText(ctx, 'category', false);
  const supplier = readText(ctx, 'supplier', false);
  const unitCost = readNumbers(ctx, 'unit_cost', { required: true, min: 0 });
  const leadTime = readNumbers(ctx, 'lead_time_days', { required: true, min: 0, integer: true });
  const price = readNumbers(ctx, 'price', { required: false, min: 0 });
  const moq = readNumbers(ctx, 'moq', { required: false, min: 0 });
  const packSize = readNumbers(ctx, 'pack_size', { required: false, min: 1 });
  const onHand = readNumbers(ctx, 'on_hand', { required: false, min: 0 });
  const onOrder = readNumbers(ctx, 'on_order', { required: false, min: 0 });
  const orderCost = readNumbers(ctx, 'order_cost', { required: false, min: 0 });
  const holdingRate = readRates(ctx, 'holding_rate');
  const items: ItemRow[] = [];
  for (let k = 0; k < ctx.rows.length; k++) {
    const s = sku[k] as string;
    const item: ItemRow = {
      sku: s,
      name: name[k] as string,
      category: category[k] as string,
      supplier: supplier[k] as string,
      unitCost: unitCost[k] as number,
      leadTimeDays: leadTime[k] as number,
    };
    setIfNumber(item, 'price', price[k]);
    setIfNumber(item, 'moq', moq[k]);
    setIfNumber(item, 'packSize', packSize[k]);
    setIfNumber(item, 'onHand', onHand[k]);
    setIfNumber(item, 'onOrder', onOrder[k]);
    setIfNumber(item, 'orderCost', orderCost[k]);
    setIfNumber(item, 'holdingRate', holdingRate[k]);
    items.push(item);
  }
  for (const { index, firstIndex } of findDuplicates(sku)) {
    const first = fileRowOf(table, ctx.rows[firstIndex] as number);
    report(ctx, ctx.rows[index] as number, 'sku', 'duplicate_key', String(first));
  }
  if (ctx.problems.count > 0)
    return { ok: false, report: ctx.problems.report(table.fileName, table.rowCount) };
  return { ok: true, data: items, rowCount: items.length };
}

function setIfNumber(
  item: ItemRow,
  key: 'price' | 'moq' | 'packSize' | 'onHand' | 'onOrder' | 'orderCost' | 'holdingRate',
  x: number | undefined,
): void {
  if (x !== undefined && !Number.isNaN(x)) item[key] = x;
}
