/** Test fixtures: a few seeded SKUs written straight into a real DuckDB store. */
import { seededRandom } from '@zhizao/core';
import type { Database } from '../storage/database.ts';

/** One SKU to seed: daily quantities from `startDay`; zero days are left out, as real sales files do. */
export interface SeedSku {
  readonly sku: string;
  readonly startDay: number;
  readonly quantities: readonly number[];
  readonly price?: number;
  /** Days (offsets from startDay) with a promotion. */
  readonly promotionDays?: readonly number[];
}

/** Writes item-master rows (for `skus` and `unsold`) and the non-zero sales of `skus`. */
export async function seedSales(
  database: Database,
  skus: readonly SeedSku[],
  unsold: readonly string[] = [],
): Promise<void> {
  for (const entry of [
    ...skus.map((s) => ({ sku: s.sku, price: s.price ?? 10 })),
    ...unsold.map((sku) => ({ sku, price: 10 })),
  ]) {
    await database.run(
      `INSERT OR REPLACE INTO items VALUES (?, ?, 'pumps', ?, ?, 'ACME', 14, 1, 1, 0, 0, false)`,
      [entry.sku, `Item ${entry.sku}`, entry.price / 2, entry.price],
    );
  }
  await appendSales(database, skus);
}

/** Appends the non-zero days of each SKU to the sales table. */
export async function appendSales(database: Database, skus: readonly SeedSku[]): Promise<void> {
  const sku: string[] = [];
  const days: number[] = [];
  const quantity: number[] = [];
  const promotion: number[] = [];
  for (const entry of skus) {
    const promoted = new Set(entry.promotionDays ?? []);
    entry.quantities.forEach((value, offset) => {
      if (value <= 0) return;
      sku.push(entry.sku);
      days.push(entry.startDay + offset);
      quantity.push(value);
      promotion.push(promoted.has(offset) ? 1 : 0);
    });
  }
  await database.append('sales', [
    { type: 'varchar', values: sku },
    { type: 'date', values: Int32Array.from(days) },
    { type: 'double', values: Float64Array.from(quantity) },
    { type: 'boolean', values: Uint8Array.from(promotion) },
    { type: 'double', values: new Float64Array(sku.length).fill(Number.NaN) },
    { type: 'boolean', values: new Uint8Array(sku.length) },
  ]);
}

/** Seeded sparse demand: about one day in `every` has a sale of 1..`maxSize` units. */
export function sparseDemand(options: {
  seed: number;
  days: number;
  every: number;
  maxSize: number;
}): number[] {
  const random = seededRandom(options.seed);
  return Array.from({ length: options.days }, () =>
    random.next() < 1 / options.every ? random.int(1, options.maxSize) : 0,
  );
}
