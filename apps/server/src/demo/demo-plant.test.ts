import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../storage/database.ts';
import { openDuckDb } from '../storage/duckdb-database.ts';
import { migrate } from '../storage/schema.ts';
import { DemoPlant } from './demo-plant.ts';

async function count(database: Database, sql: string): Promise<number> {
  const rows = await database.query(sql);
  return Number((rows[0] as Record<string, unknown>)?.n);
}

describe('DemoPlant', () => {
  let dir: string;
  let database: Database;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'zhizao-demo-'));
    database = await openDuckDb(path.join(dir, 'store.duckdb'));
    await migrate(database);
  });

  afterAll(async () => {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('seeds items with their EOQ costs, and removes both without leaving cost rows behind', async () => {
    const demo = new DemoPlant(database, { telemetryDays: 0.01 });
    await demo.seed();
    const items = await count(database, 'SELECT count(*) AS n FROM items WHERE demo');
    const costs = await count(database, 'SELECT count(*) AS n FROM item_costs');
    expect(items).toBe(307);
    expect(costs).toBeGreaterThan(items * 0.8);
    expect(costs).toBeLessThanOrEqual(items);
    await demo.remove();
    expect(await count(database, 'SELECT count(*) AS n FROM items')).toBe(0);
    expect(await count(database, 'SELECT count(*) AS n FROM item_costs')).toBe(0);
    expect(await demo.storeIsEmpty()).toBe(false);
  }, 120_000);
});
