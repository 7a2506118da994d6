/** Writes the generated demo plant into the store, in stages with progress; every row is flagged demo. */
import { generateItems, generateSales } from '@zhizao/demo';
import { storeItemCosts } from '../imports/store-dataset.ts';
import type { Database } from '../storage/database.ts';
import { seedDemoEquipment } from './seed-demo-equipment.ts';

export interface SeedOptions {
  readonly telemetryDays: number;
  /** Last day of sales history, days since 1970-01-01 (default: yesterday, UTC). */
  readonly endDay?: number;
  /** Telemetry ends here (default: now). */
  readonly endMs?: number;
  readonly onProgress: (fraction: number, stage: string) => void;
  /** Called once items and sales are committed, before the long telemetry stage. */
  readonly onSalesWritten?: () => void;
  readonly isCancelled: () => boolean;
}

const DAY_MS = 86_400_000;
/** Share of the progress bar spent on sales; telemetry takes the rest. */
const SALES_SHARE = 0.3;

export async function seedDemoPlant(database: Database, options: SeedOptions): Promise<void> {
  const endMs = options.endMs ?? Date.now();
  const endDay = options.endDay ?? Math.floor(endMs / DAY_MS) - 1;
  options.onProgress(0, 'items');
  const items = generateItems();
  const priceBySku = new Map(items.map((item) => [item.sku, item.price]));
  await database.transaction(async (session) => {
    await session.append('items', [
      { type: 'varchar', values: items.map((item) => item.sku) },
      { type: 'varchar', values: items.map((item) => item.name) },
      { type: 'varchar', values: items.map((item) => item.category) },
      { type: 'double', values: Float64Array.from(items, (item) => item.unitCost) },
      { type: 'double', values: Float64Array.from(items, (item) => item.price) },
      { type: 'varchar', values: items.map((item) => item.supplier) },
      { type: 'integer', values: Int32Array.from(items, (item) => item.leadTimeDays) },
      { type: 'double', values: Float64Array.from(items, (item) => item.moq) },
      { type: 'double', values: Float64Array.from(items, (item) => item.packSize) },
      { type: 'double', values: Float64Array.from(items, (item) => item.onHand) },
      { type: 'double', values: Float64Array.from(items, (item) => item.onOrder) },
      { type: 'boolean', values: new Uint8Array(items.length).fill(1) },
    ]);
    await storeItemCosts(session, items);
    let done = 0;
    for (const chunk of generateSales({ endDay, skusPerChunk: 25 })) {
      if (options.isCancelled()) throw new Error('demo seeding cancelled');
      const rows = chunk.sku.length;
      await session.append('sales', [
        { type: 'varchar', values: chunk.sku },
        { type: 'date', values: chunk.day },
        { type: 'double', values: chunk.quantity },
        { type: 'boolean', values: chunk.promotion },
        { type: 'double', values: Float64Array.from(chunk.sku, (sku) => priceBySku.get(sku) ?? Number.NaN) },
        { type: 'boolean', values: new Uint8Array(rows).fill(1) },
      ]);
      done += new Set(chunk.sku).size;
      options.onProgress((SALES_SHARE * done) / items.length, 'sales');
    }
  });
  options.onSalesWritten?.();
  await seedDemoEquipment(database, {
    fromMs: endMs - options.telemetryDays * DAY_MS,
    toMs: endMs,
    isCancelled: options.isCancelled,
    onProgress: (fraction) => options.onProgress(SALES_SHARE + (1 - SALES_SHARE) * fraction, 'telemetry'),
  });
}
