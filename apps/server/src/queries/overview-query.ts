/** SQL behind the overview page: counts, sales by month, top SKUs, inventory value by category. */
import type { Overview } from '@zhizao/contract';
import type { Database } from '../storage/database.ts';

export async function readOverview(database: Database): Promise<Omit<Overview, 'demo'>> {
  const [counts] = await database.query<
    Overview['counts'] & { inventoryValue: number; from: string | null; to: string | null }
  >(
    `SELECT
       (SELECT count(*) FROM items)::DOUBLE AS skus,
       (SELECT count(*) FROM sales)::DOUBLE AS salesRows,
       (SELECT count(*) FROM machines)::DOUBLE AS machines,
       (SELECT count(*) FROM tags)::DOUBLE AS tags,
       (SELECT count(*) FROM telemetry)::DOUBLE AS telemetryPoints,
       (SELECT coalesce(sum(on_hand * unit_cost), 0) FROM items)::DOUBLE AS inventoryValue,
       (SELECT strftime(min(day), '%Y-%m-%d') FROM sales) AS "from",
       (SELECT strftime(max(day), '%Y-%m-%d') FROM sales) AS "to"`,
  );
  const salesByMonth = await database.query<Overview['salesByMonth'][number]>(
    `SELECT strftime(date_trunc('month', s.day), '%Y-%m') AS month,
       sum(s.quantity)::DOUBLE AS quantity,
       sum(s.quantity * coalesce(s.price, i.price, 0))::DOUBLE AS revenue
     FROM sales s LEFT JOIN items i USING (sku)
     WHERE s.day > (SELECT max(day) FROM sales) - INTERVAL 36 MONTH
     GROUP BY 1 ORDER BY 1`,
  );
  const topSkus = await database.query<Overview['topSkus'][number]>(
    `SELECT s.sku, coalesce(any_value(i.name), s.sku) AS name, sum(s.quantity)::DOUBLE AS quantity,
       sum(s.quantity * coalesce(s.price, i.price, 0))::DOUBLE AS revenue
     FROM sales s LEFT JOIN items i USING (sku)
     WHERE s.day > (SELECT max(day) FROM sales) - INTERVAL 365 DAY
     GROUP BY s.sku ORDER BY revenue DESC, quantity DESC LIMIT 10`,
  );
  const categories = await database.query<Overview['categories'][number]>(
    `SELECT coalesce(nullif(category, ''), '-') AS category, count(*)::DOUBLE AS skus,
       sum(on_hand * unit_cost)::DOUBLE AS inventoryValue
     FROM items GROUP BY 1 ORDER BY inventoryValue DESC`,
  );
  if (!counts) throw new Error('overview counts query returned no row');
  const { inventoryValue, from, to, ...rest } = counts;
  return {
    counts: rest,
    salesRange: from && to ? { from, to } : null,
    inventoryValue,
    salesByMonth,
    topSkus,
    categories,
  };
}
