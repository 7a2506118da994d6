/** Test fixtures for planning: items, sales and forecasts written straight into a real DuckDB store. */
import { seededRandom } from '@zhizao/core';
import type { Database } from '../storage/database.ts';

/** 2026-03-01, "today" in the planning tests. */
export const TODAY = 20_513;

/** One item-master row. */
export interface SeedItem {
  readonly sku: string;
  readonly unitCost: number;
  readonly price: number | null;
  readonly leadTimeDays: number;
  readonly moq: number;
  readonly packSize: number;
  readonly onHand: number;
  readonly onOrder: number;
  /** EOQ inputs, written to `item_costs` when either is given. */
  readonly orderCost?: number;
  readonly holdingRate?: number;
}

/** Inserts item-master rows (and their ordering costs, when given). */
export async function seedItems(database: Database, items: readonly SeedItem[]): Promise<void> {
  for (const item of items) {
    await database.run(
      `INSERT OR REPLACE INTO items VALUES (?, ?, 'parts', ?, ?, 'ACME', ?, ?, ?, ?, ?, false)`,
      [
        item.sku,
        `Item ${item.sku}`,
        item.unitCost,
        item.price,
        item.leadTimeDays,
        item.moq,
        item.packSize,
        item.onHand,
        item.onOrder,
      ],
    );
    if (item.orderCost !== undefined || item.holdingRate !== undefined)
      await database.run('INSERT OR REPLACE INTO item_costs VALUES (?, ?, ?)', [
        item.sku,
        item.orderCost ?? null,
        item.holdingRate ?? null,
      ]);
  }
}

/** Inserts `days` days of Poisson(`mean`) sales ending yesterday. */
export async function seedPoissonSales(
  database: Database,
  options: { sku: string; mean: number; days: number; seed: number },
): Promise<void> {
  const random = seededRandom(options.seed);
  const values: string[] = [];
  for (let t = 0; t < options.days; t++) {
    const day = TODAY - options.days + t;
    values.push(
      `('${options.sku}', DATE '1970-01-01' + ${day}, ${random.poisson(options.mean)}, false, NULL, false)`,
    );
  }
  await database.run(`INSERT INTO sales VALUES ${values.join(', ')}`);
}

/** Inserts a flat forecast from today: mean per day with the given 80% interval. */
export async function seedForecast(
  database: Database,
  options: { sku: string; mean: number; p10: number; p90: number; days: number; fingerprint: string },
): Promise<void> {
  await database.run(
    `INSERT INTO forecasts VALUES (?, 'ets', '{}', 7, ?, 'day', DATE '2025-01-01', DATE '2026-02-28', ?,
      make_timestamp_ms(0::BIGINT), 1, NULL, NULL, 'smooth', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)`,
    [options.sku, options.days, options.fingerprint],
  );
  const values: string[] = [];
  for (let t = 0; t < options.days; t++) {
    const { mean, p10, p90 } = options;
    values.push(
      `('${options.sku}', DATE '1970-01-01' + ${TODAY + t}, ${mean}, ${p10 - 2}, ${p10}, ${mean}, ${p90}, ${p90 + 2})`,
    );
  }
  await database.run(`INSERT INTO forecast_points VALUES ${values.join(', ')}`);
}
