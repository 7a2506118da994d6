import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { openDuckDb } from './duckdb-database.ts';
import { migrate } from './schema.ts';

describe('DuckDB database', () => {
  let database: Database | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await database?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('migrates, appends typed columns and reads them back from a file', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'zhizao-db-'));
    const file = path.join(dir, 'nested', 'zhizao.duckdb');
    database = await openDuckDb(file);
    await migrate(database);
    await migrate(database);
    await database.append('sales', [
      { type: 'varchar', values: ['A', 'B', 'A'] },
      { type: 'date', values: Int32Array.from([19723, 19723, 19724]) },
      { type: 'double', values: Float64Array.from([1, 2.5, 3]) },
      { type: 'boolean', values: Uint8Array.from([0, 1, 0]) },
      { type: 'double', values: Float64Array.from([Number.NaN, 10, 11]) },
      { type: 'boolean', values: Uint8Array.from([0, 0, 0]) },
    ]);
    const rows = await database.query<{ sku: string; total: number; priced: number; first: string }>(
      "SELECT sku, sum(quantity) AS total, count(price) AS priced, strftime(min(day), '%Y-%m-%d') AS first FROM sales GROUP BY sku ORDER BY sku",
    );
    expect(rows).toEqual([
      { sku: 'A', total: 4, priced: 1, first: '2024-01-01' },
      { sku: 'B', total: 2.5, priced: 1, first: '2024-01-01' },
    ]);
  });

  it('rolls a failed transaction back whole', async () => {
    database = await openDuckDb(':memory:');
    await migrate(database);
    await expect(
      database.transaction(async (session) => {
        await session.run("INSERT INTO settings VALUES ('a', '1')");
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await database.query('SELECT * FROM settings')).toEqual([]);
    await database.transaction((session) => session.run("INSERT INTO settings VALUES ('a', '1')"));
    expect(await database.query('SELECT * FROM settings')).toEqual([{ key: 'a', value: '1' }]);
  });
});
