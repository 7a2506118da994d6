/** Per-SKU daily demand from the sales table: gap-free from the first sale to the last sales day of the store. */
import type { Database } from '../storage/database.ts';
import { seriesFingerprint } from './fingerprint.ts';

/** One SKU's daily demand; days without a sales row count as zero demand. */
export interface DailySeries {
  readonly sku: string;
  /** First day with a sale, days since 1970-01-01. */
  readonly startDay: number;
  readonly values: Float64Array;
  /** SHA-256 of (sku, startDay, values). */
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
  const rows = await database.query<{ sku: string; day: number; quantity: number }>(
    `SELECT sku, datediff('day', DATE '1970-01-01', day)::INTEGER AS day, sum(quantity)::DOUBLE AS quantity
     FROM sales GROUP BY sku, day ORDER BY sku, day`,
  );
  let lastDay: number | undefined;
  for (const row of rows) if (lastDay === undefined || row.day > lastDay) lastDay = row.day;
  const series: DailySeries[] = [];
  let start = 0;
  while (start < rows.length && lastDay !== undefined) {
    const sku = rows[start]!.sku;
    let end = start;
    while (end < rows.length && rows[end]!.sku === sku) end += 1;
    series.push(buildSeries(sku, rows.slice(start, end), lastDay));
    start = end;
  }
  const sold = new Set(series.map((entry) => entry.sku));
  const items = await database.query<{ sku: string }>('SELECT sku FROM items ORDER BY sku');
  return { lastDay, series, withoutSales: items.map((item) => item.sku).filter((sku) => !sold.has(sku)) };
}

function buildSeries(
  sku: string,
  rows: readonly { day: number; quantity: number }[],
  lastDay: number,
): DailySeries {
  const startDay = rows[0]!.day;
  const values = new Float64Array(lastDay - startDay + 1);
  for (const row of rows) values[row.day - startDay] = Math.max(0, row.quantity);
  return { sku, startDay, values, fingerprint: seriesFingerprint(sku, startDay, values) };
}

/** One SKU's series as `readPortfolio` would build it (same end day, same fingerprint), or undefined. */
export async function readSeriesOf(database: Database, sku: string): Promise<DailySeries | undefined> {
  const [last] = await database.query<{ day: number | null }>(
    `SELECT datediff('day', DATE '1970-01-01', max(day))::INTEGER AS day FROM sales`,
  );
  const rows = await database.query<{ day: number; quantity: number }>(
    `SELECT datediff('day', DATE '1970-01-01', day)::INTEGER AS day, sum(quantity)::DOUBLE AS quantity
     FROM sales WHERE sku = ? GROUP BY day ORDER BY day`,
    [sku],
  );
  const lastDay = last?.day ?? null;
  return rows.length > 0 && lastDay !== null ? buildSeries(sku, rows, lastDay) : undefined;
}
