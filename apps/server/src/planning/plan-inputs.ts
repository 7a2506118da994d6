/** Reads what planning needs from the database: item master (with ordering costs), stored forecasts and daily sales history. */
import type { Database } from '../storage/database.ts';
import type { PlanItem } from './item-check.ts';

/** One SKU's stored forecast: its fingerprint and daily points from `today` on. */
export interface StoredForecast {
  readonly fingerprint: string;
  /** Days since 1970-01-01 of the first point used. */
  readonly firstDay: number;
  readonly points: { mean: number; p10: number; p90: number }[];
}

/** Everything a planning run reads, by SKU. */
export interface PlanningInputs {
  readonly items: PlanItem[];
  readonly forecasts: Map<string, StoredForecast>;
  /** Daily sales (zeros filled) over the last year of each SKU's history. */
  readonly sales: Map<string, Float64Array>;
}

/** History used by the empirical fallback. */
const HISTORY_DAYS = 365;

async function hasTable(database: Database, table: string): Promise<boolean> {
  const rows = await database.query<{ n: number }>(
    'SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = ?',
    [table],
  );
  return (rows[0]?.n ?? 0) > 0;
}

async function readItems(database: Database, skus: readonly string[] | null): Promise<PlanItem[]> {
  const filter = skus === null ? '' : `WHERE i.sku IN (${skus.map(() => '?').join(', ')})`;
  return database.query<PlanItem>(
    `SELECT i.sku, i.name, i.unit_cost AS "unitCost", i.price, i.lead_time_days AS "leadTimeDays", i.moq,
       i.pack_size AS "packSize", i.on_hand AS "onHand", i.on_order AS "onOrder",
       c.order_cost AS "orderCost", c.holding_rate AS "holdingRate"
     FROM items i LEFT JOIN item_costs c USING (sku) ${filter} ORDER BY i.sku`,
    skus ?? [],
  );
}

/**
 * Forecast points from `today` on; when a forecast ends before today (old demo data) its points are used
 * from its first day, and the plan says so.
 */
async function readForecasts(database: Database, today: number): Promise<Map<string, StoredForecast>> {
  const forecasts = new Map<string, StoredForecast>();
  if (!(await hasTable(database, 'forecasts')) || !(await hasTable(database, 'forecast_points')))
    return forecasts;
  const headers = await database.query<{ sku: string; fingerprint: string; last: number }>(
    `SELECT f.sku, f.fingerprint, max(p.day - DATE '1970-01-01')::INTEGER AS last
     FROM forecasts f JOIN forecast_points p USING (sku) GROUP BY f.sku, f.fingerprint`,
  );
  const rows = await database.query<{ sku: string; day: number; mean: number; p10: number; p90: number }>(
    `SELECT sku, (day - DATE '1970-01-01')::INTEGER AS day, mean, p10, p90 FROM forecast_points ORDER BY sku, day`,
  );
  const starts = new Map(headers.map((h) => [h.sku, h.last >= today ? today : Number.NEGATIVE_INFINITY]));
  for (const header of headers)
    forecasts.set(header.sku, { fingerprint: header.fingerprint, firstDay: 0, points: [] });
  for (const row of rows) {
    const forecast = forecasts.get(row.sku);
    const start = starts.get(row.sku);
    if (forecast === undefined || start === undefined || row.day < start) continue;
    if (forecast.points.length === 0) forecasts.set(row.sku, { ...forecast, firstDay: row.day });
    (forecasts.get(row.sku)?.points ?? []).push({ mean: row.mean, p10: row.p10, p90: row.p90 });
  }
  return forecasts;
}

async function readSales(database: Database): Promise<Map<string, Float64Array>> {
  const rows = await database.query<{ sku: string; day: number; quantity: number }>(
    `WITH daily AS (
       SELECT sku, (day - DATE '1970-01-01')::INTEGER AS day, sum(quantity)::DOUBLE AS quantity
       FROM sales GROUP BY sku, day),
     bounds AS (SELECT sku, max(day) AS last, min(day) AS first FROM daily GROUP BY sku)
     SELECT d.sku, d.day - greatest(b.first, b.last - ${HISTORY_DAYS - 1}) AS day, d.quantity
     FROM daily d JOIN bounds b USING (sku)
     WHERE d.day >= b.last - ${HISTORY_DAYS - 1} ORDER BY d.sku, d.day`,
  );
  const bySku = new Map<string, { day: number; quantity: number }[]>();
  for (const row of rows) {
    const list = bySku.get(row.sku) ?? [];
    list.push(row);
    bySku.set(row.sku, list);
  }
  const sales = new Map<string, Float64Array>();
  for (const [sku, list] of bySku) {
    const length = (list[list.length - 1]?.day ?? 0) + 1;
    const series = new Float64Array(length);
    for (const row of list) series[row.day] = Math.max(0, row.quantity);
    sales.set(sku, series);
  }
  return sales;
}

/** Reads items (all, or the given SKUs), forecasts and sales for a planning run. */
export async function readPlanningInputs(
  database: Database,
  today: number,
  skus: readonly string[] | null = null,
): Promise<PlanningInputs> {
  const [items, forecasts, sales] = await Promise.all([
    readItems(database, skus),
    readForecasts(database, today),
    readSales(database),
  ]);
  return { items, forecasts, sales };
}
