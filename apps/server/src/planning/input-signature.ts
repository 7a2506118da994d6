/** A cheap signature of everything plans depend on, so the service notices changes nobody announced. */
import type { Database } from '../storage/database.ts';

/** Order-independent hashes of items and forecasts plus sales totals, as one string. */
export async function readInputSignature(database: Database): Promise<string> {
  const rows = await database.query<{ items: string; sales: string; forecasts: string }>(
    `SELECT
       (SELECT coalesce(bit_xor(hash(sku, unit_cost, price, lead_time_days, moq, pack_size, on_hand, on_order)), 0)
          || ':' || count(*) FROM items)
         || ':' || (SELECT coalesce(bit_xor(hash(sku, order_cost, holding_rate)), 0) FROM item_costs) AS items,
       (SELECT count(*) || ':' || coalesce(sum(quantity), 0) || ':' || coalesce(max(day)::VARCHAR, '') FROM sales) AS sales,
       (SELECT coalesce(bit_xor(hash(sku, fingerprint, created_at)), 0) || ':' || count(*) FROM forecasts) AS forecasts`,
  );
  const row = rows[0];
  return row === undefined ? '' : `${row.items}|${row.sales}|${row.forecasts}`;
}
