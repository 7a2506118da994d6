/** Writes validated datasets inside a transaction: rows with the same key are replaced, so re-imports never duplicate. */
import type { ItemRow, SalesColumns, TelemetryColumns } from '@zhizao/tabular';
import type { SqlSession } from '../storage/database.ts';
import { registerTags } from '../storage/register-tags.ts';

/** Sales replace existing rows with the same (sku, day); a file about new days is appended straight into place. */
export async function storeSales(session: SqlSession, data: SalesColumns): Promise<void> {
  const columns = [
    { type: 'varchar', values: data.sku },
    { type: 'date', values: data.day },
    { type: 'double', values: data.quantity },
    { type: 'boolean', values: data.promotion },
    { type: 'double', values: data.price },
  ] as const;
  if (data.sku.length === 0) return;
  const [first, last] = dayRange(data.day);
  const overlapping = await session.query(
    "SELECT 1 FROM sales WHERE day BETWEEN DATE '1970-01-01' + ?::INTEGER AND DATE '1970-01-01' + ?::INTEGER LIMIT 1",
    [first, last],
  );
  if (overlapping.length === 0) {
    await session.append('sales', [...columns, { type: 'boolean', values: new Uint8Array(data.sku.length) }]);
    return;
  }
  await session.run(
    'CREATE OR REPLACE TEMP TABLE sales_staging (sku VARCHAR, day DATE, quantity DOUBLE, promotion BOOLEAN, price DOUBLE)',
  );
  await session.append('sales_staging', columns);
  await session.run('DELETE FROM sales USING sales_staging s WHERE sales.sku = s.sku AND sales.day = s.day');
  await session.run(
    'INSERT INTO sales SELECT sku, day, quantity, promotion, price, false FROM sales_staging',
  );
  await session.run('DROP TABLE sales_staging');
}

function dayRange(days: Int32Array): [number, number] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const day of days) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return [first, last];
}

/** Items replace the existing record of the same SKU, their ordering costs included. */
export async function storeItems(session: SqlSession, rows: readonly ItemRow[]): Promise<void> {
  await session.run('CREATE OR REPLACE TEMP TABLE items_staging AS SELECT * FROM items LIMIT 0');
  const column = (pick: (row: ItemRow) => number) => Float64Array.from(rows, pick);
  await session.append('items_staging', [
    { type: 'varchar', values: rows.map((row) => row.sku) },
    { type: 'varchar', values: rows.map((row) => row.name ?? row.sku) },
    { type: 'varchar', values: rows.map((row) => row.category ?? '') },
    { type: 'double', values: column((row) => row.unitCost) },
    { type: 'double', values: column((row) => row.price ?? Number.NaN) },
    { type: 'varchar', values: rows.map((row) => row.supplier ?? '') },
    { type: 'integer', values: Int32Array.from(rows, (row) => row.leadTimeDays) },
    { type: 'double', values: column((row) => row.moq ?? 0) },
    { type: 'double', values: column((row) => row.packSize ?? 1) },
    { type: 'double', values: column((row) => row.onHand ?? 0) },
    { type: 'double', values: column((row) => row.onOrder ?? 0) },
    { type: 'boolean', values: new Uint8Array(rows.length) },
  ]);
  await session.run('DELETE FROM items WHERE sku IN (SELECT sku FROM items_staging)');
  await session.run('INSERT INTO items SELECT * FROM items_staging');
  await session.run('DROP TABLE items_staging');
  await storeItemCosts(session, rows);
}

/** The EOQ inputs of one item; an absent or null value is stored as NULL. */
export interface ItemCosts {
  readonly sku: string;
  readonly orderCost?: number | null;
  readonly holdingRate?: number | null;
}

/**
 * Replaces the ordering cost and holding rate of the given SKUs (table `item_costs`); SKUs with
 * neither value keep no row, so planning falls back to its days-of-demand rule for them.
 */
export async function storeItemCosts(session: SqlSession, rows: readonly ItemCosts[]): Promise<void> {
  if (rows.length === 0) return;
  await session.run('CREATE OR REPLACE TEMP TABLE item_costs_staging AS SELECT * FROM item_costs LIMIT 0');
  await session.append('item_costs_staging', [
    { type: 'varchar', values: rows.map((row) => row.sku) },
    { type: 'double', values: Float64Array.from(rows, (row) => row.orderCost ?? Number.NaN) },
    { type: 'double', values: Float64Array.from(rows, (row) => row.holdingRate ?? Number.NaN) },
  ]);
  await session.run('DELETE FROM item_costs WHERE sku IN (SELECT sku FROM item_costs_staging)');
  await session.run(
    `INSERT INTO item_costs SELECT * FROM item_costs_staging
     WHERE order_cost IS NOT NULL OR holding_rate IS NOT NULL`,
  );
  await session.run('DROP TABLE item_costs_staging');
}

/** Telemetry replaces points of the same (tag, timestamp); unknown machines and tags are created under "Imported". */
export async function storeTelemetry(session: SqlSession, data: TelemetryColumns): Promise<void> {
  const tagIds = data.tag.map((tag, index) => `${data.machine[index]}/${tag}`);
  await session.run(
    'CREATE OR REPLACE TEMP TABLE telemetry_staging (tag_id VARCHAR, machine VARCHAR, tag VARCHAR, unit VARCHAR, epoch_ms DOUBLE, value DOUBLE)',
  );
  await session.append('telemetry_staging', [
    { type: 'varchar', values: tagIds },
    { type: 'varchar', values: data.machine },
    { type: 'varchar', values: data.tag },
    { type: 'varchar', values: data.unit },
    { type: 'double', values: data.timestamp },
    { type: 'double', values: data.value },
  ]);
  await registerTags(session, 'imported', {
    table: 'telemetry_staging',
    id: 'tag_id',
    machine: 'machine',
    name: 'tag',
    unit: 'unit',
  });
  await session.run(
    `DELETE FROM telemetry USING telemetry_staging s
     WHERE telemetry.tag_id = s.tag_id AND telemetry.ts = epoch_ms(s.epoch_ms::BIGINT)`,
  );
  await session.run(
    'INSERT INTO telemetry SELECT tag_id, epoch_ms(epoch_ms::BIGINT), value FROM telemetry_staging',
  );
  await session.run('DROP TABLE telemetry_staging');
}
