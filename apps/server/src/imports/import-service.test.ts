// Item-master imports with ordering costs: stored beside the item, rejected whole on a bad row.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../storage/database.ts';
import { openDuckDb } from '../storage/duckdb-database.ts';
import { migrate } from '../storage/schema.ts';
import { importFile } from './import-service.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('importFile: item master with order cost and holding rate', () => {
  let database: Database;
  beforeEach(async () => {
    database = await openDuckDb(':memory:');
    await migrate(database);
  });
  afterEach(async () => {
    await database.close();
  });

  const load = (fileName: string, text: string) =>
    importFile(database, { bytes: encode(text), fileName, kind: 'items', importedBy: 'test' });
  const costs = () =>
    database.query<{ sku: string; order_cost: number | null; holding_rate: number | null }>(
      'SELECT sku, order_cost, holding_rate FROM item_costs ORDER BY sku',
    );

  it('stores order cost and holding rate (percentages read as fractions) and replaces them on re-import', async () => {
    const file = '物料编码,单位成本,提前期,订货成本,年持有成本率\nA,10,14,50,20%\nB,4,7,,0.3\nC,2,7,,\n';
    expect((await load('items.csv', file)).rowCount).toBe(3);
    expect(await costs()).toEqual([
      { sku: 'A', order_cost: 50, holding_rate: 0.2 },
      { sku: 'B', order_cost: null, holding_rate: 0.3 },
    ]);
    const items = await database.query<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM items');
    expect(items[0]?.n).toBe(3);
    // A file without the columns replaces A's record whole: its costs go, B's stay.
    await load('a.csv', 'sku,unit cost,lead time\nA,11,14\n');
    expect(await costs()).toEqual([{ sku: 'B', order_cost: null, holding_rate: 0.3 }]);
  });

  it('rejects the whole file on a bad cost row, naming row, column and value', async () => {
    const file =
      'sku,unit cost,lead time,order cost,holding rate\nA,10,14,50,0.2\nB,4,7,-5,0.2\nC,4,7,5,30\n';
    const error = await load('bad.csv', file).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      details: {
        problemCount: 2,
        problems: [
          expect.objectContaining({ row: 3, column: 'order cost', value: '-5', code: 'negative' }),
          expect.objectContaining({ row: 4, column: 'holding rate', value: '30', code: 'rate_out_of_range' }),
        ],
      },
    });
    expect(await costs()).toEqual([]);
    const items = await database.query<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM items');
    expect(items[0]?.n).toBe(0);
  });
});
