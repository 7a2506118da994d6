/** Purchase suggestions as CSV or an Excel workbook: every planned order within the horizon, earliest first. */
import ExcelJS from 'exceljs';
import type { Database } from '../storage/database.ts';
import { parseStoredPlan } from './plan-store.ts';

const HEADER = [
  'sku',
  'name',
  'orderDate',
  'suggestedQuantity',
  'unitCost',
  'orderValue',
  'onHand',
  'onOrder',
  'reorderPoint',
  'orderUpTo',
  'expectedFillRate',
  'source',
  'quantityRule',
  'eoqQuantity',
] as const;

type SuggestionRow = Record<(typeof HEADER)[number], string | number>;

async function readSuggestions(database: Database): Promise<SuggestionRow[]> {
  const rows = await database.query<{ plan: string }>(
    `SELECT plan FROM plans WHERE status = 'ok' AND order_date IS NOT NULL AND suggested_quantity > 0
     ORDER BY order_date, sku`,
  );
  return rows.map((row) => {
    const plan = parseStoredPlan(row.plan);
    const unitCost = plan.inputs.unitCost ?? 0;
    const quantity = plan.suggestedQuantity ?? 0;
    return {
      sku: plan.sku,
      name: plan.name,
      orderDate: plan.orderDate ?? '',
      suggestedQuantity: quantity,
      unitCost,
      orderValue: Math.round(quantity * unitCost * 100) / 100,
      onHand: plan.onHand ?? 0,
      onOrder: plan.onOrder ?? 0,
      reorderPoint: plan.reorderPoint ?? 0,
      orderUpTo: plan.orderUpTo ?? 0,
      expectedFillRate: plan.expectedFillRate ?? 0,
      source: plan.source,
      quantityRule: plan.quantityRule ?? '',
      eoqQuantity: plan.eoqQuantity ?? '',
    };
  });
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Purchase suggestions as CSV with a header row. */
export async function exportSuggestionsCsv(database: Database): Promise<string> {
  const lines = [HEADER.join(',')];
  for (const row of await readSuggestions(database))
    lines.push(HEADER.map((key) => csvField(row[key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Purchase suggestions as an .xlsx workbook with one sheet, "purchase-suggestions". */
export async function exportSuggestionsXlsx(database: Database): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'zhizao';
  const sheet = workbook.addWorksheet('purchase-suggestions');
  sheet.columns = HEADER.map((key) => ({ header: key, key, width: key === 'name' ? 28 : 14 }));
  for (const row of await readSuggestions(database)) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
