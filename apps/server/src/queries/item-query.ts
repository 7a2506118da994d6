/** SQL behind the item pages. */
import type { Item, ItemList, SalesSeries } from '@zhizao/contract';
import type { Database } from '../storage/database.ts';

const ITEM_COLUMNS = `sku, name, category, unit_cost AS unitCost, price, supplier, lead_time_days AS leadTimeDays,
  moq, pack_size AS packSize, on_hand AS onHand, on_order AS onOrder`;

export async function listItems(
  database: Database,
  query: { search?: string | undefined; limit: number; offset: number },
): Promise<ItemList> {
  const pattern = `%${(query.search ?? '').trim()}%`;
  const where = 'WHERE sku ILIKE ? OR name ILIKE ? OR category ILIKE ? OR supplier ILIKE ?';
  const params = [pattern, pattern, pattern, pattern];
  const [count] = await database.query<{ total: number }>(
    `SELECT count(*)::DOUBLE AS total FROM items ${where}`,
    params,
  );
  const items = await database.query<Item>(
    `SELECT ${ITEM_COLUMNS} FROM items ${where} ORDER BY sku LIMIT ? OFFSET ?`,
    [...params, query.limit, query.offset],
  );
  return { total: count?.total ?? 0, items };
}

export async function readSalesSeries(database: Database, sku: string): Promise<SalesSeries | undefined> {
  const rows = await database.query<{ day: string; quantity: number; promotion: boolean }>(
    `SELECT strftime(day, '%Y-%m-%d') AS day, sum(quantity)::DOUBLE AS quantity, bool_or(promotion) AS promotion
     FROM sales WHERE sku = ? GROUP BY day ORDER BY day`,
    [sku],
  );
  if (rows.length === 0) {
    const known = await database.query('SELECT 1 FROM items WHERE sku = ?', [sku]);
    if (known.length === 0) return undefined;
  }
  return {
    sku,
    days: rows.map((row) => row.day),
    quantity: rows.map((row) => row.quantity),
    promotion: rows.map((row) => (row.promotion ? 1 : 0)),
  };
}
