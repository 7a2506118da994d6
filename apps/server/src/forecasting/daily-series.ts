/** Per-SKU daily demand from the sales table: gap-free from the first sale to the last sales day of the store. */
import type { Database } from '../storage/database.ts';
import { type DayRange, seriesFingerprint } from './fingerprint.ts';
import { plannedRangesBySku } from './planned-promotions.ts';

/** One SKU's daily demand; days without a sales row count as zero demand. */
export interface DailySeries {
  readonly sku: string;
  /** First day with a sale, days since 1970-01-01. */
  readonly startDay: number;
  readonly values: Float64Array;
  /** 1 on days where any sales row of the SKU was flagged as a promotion. */
  readonly promotion: Uint8Array;
  /** Planned promotions (day ranges) entered for the SKU, sorted. */
  readonly planned: readonly DayRange[];
  /** SHA-256 of (sku, startDay, values, promotion flags, planned promotions). */
  readonly fingerprint: string;
}

/** Every SKU's series, ending on the same day, plus item-master SKUs that have never sold. */
export interface Portfolio {
  /** Last day with any sales row in the store (the common end day); undefined when there are no sales. */
  readonly lastDay: number | undefined;
  readonly series: readonly DailySeries[];
  readonly withoutSales: readonly string[];
}

/**
 * Reads every SKU's daily totals in one ordered scan. Each series runs from the SKU's first sale to
 * the store's last sales day, so a SKU that stopped selling ends in zeros rather than stopping early.
 */
export async function readPortfolio(database: Database): Promise<Portfolio> {
  const rows = await database.query<SalesDay & { sku: string }>(
    `SELECT sku, datediff('day', DATE '1970-01-01', day)::INTEGER AS day, sum(quantity)::DOUBLE AS quantity,
       bool_or(promotion) AS promotion
     FROM sales GROUP BY sku, day ORDER BY sku, day`,
  );
  const planned = await plannedRangesBySku(database);
  let lastDay: number | undefined;
  for (const row of rows) if (lastDay === undefined || row.day > lastDay) lastDay = row.day;
  const series: DailySeries[] = [];
  let start = 0;
  while (start < rows.length && lastDay !== undefined) {
    const sku = rows[start]!.sku;
    let end = start;
    while (end < rows.length && rows[end]!.sku === sku) end += 1;
    series.push(buildSeries(sku, rows.slice(start, end), lastDay, planned.get(sku) ?? []));
    start = end;
  }
  const sold = new Set(series.map((entry) => entry.sku));
  const items = await database.query<{ sku: string }>('SELECT sku FROM items ORDER BY sku');
  return { lastDay, series, withoutSales: items.map((item) => item.sku).filter((sku) => !sold.has(sku)) };
}

/** One SKU's total on one day, and whether any of its rows was a promotion. */
interface SalesDay {
  day: number;
  quantity: number;
  promotion: boolean;
}

function buildSeries(
  sku: string,
  rows: readonly SalesDay[],
  lastDay: number,
  planned: readonly DayRange[],
): DailySeries {
  const startDay = rows[0]!.day;
  const values = new Float64Array(lastDay - startDay + 1);
  const promotion = new Uint8Array(values.length);
  for (const row of rows) {
    values[row.day - startDay] = Math.max(0, row.quantity);
    promotion[row.day - startDay] = row.promotion ? 1 : 0;
  }
  const fingerprint = seriesFingerprint(sku, startDay, values, { promotion, planned });
  return { sku, startDay, values, promotion, planned, fingerprint };
}

/** One SKU's series as `readPortfolio` would build it (same end day, same fingerprint), or undefined. */
export async function readSeriesOf(database: Database, sku: string): Promise<DailySeries | undefined> {
  const [last] = await database.query<{ day: number | null }>(
    `SELECT datediff('day', DATE '1970-01-01', max(day))::INTEGER AS day FROM sales`,
  );
  const rows = await database.query<SalesDay>(
    `SELECT datediff('day', DATE '1970-01-01', day)::INTEGER AS day, sum(quantity)::DOUBLE AS quantity,
       bool_or(promotion) AS promotion
     FROM sales WHERE sku = ? GROUP BY day ORDER BY day`,
    [sku],
  );
  const lastDay = last?.day ?? null;
  const planned = (await plannedRangesBySku(database, sku)).get(sku) ?? [];
  return rows.length > 0 && lastDay !== null ? buildSeries(sku, rows, lastDay, planned) : undefined;
}
