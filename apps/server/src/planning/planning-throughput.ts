/** Planning throughput on a temp DuckDB file: N seeded SKUs with 56-day forecasts, one full planning run. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ManualClock, seededRandom } from '@zhizao/core';
import { loadConfig } from '../config.ts';
import { openStore } from '../start-server.ts';
import type { Database } from '../storage/database.ts';
import { createPlanningService } from './planning-service.ts';
import { TODAY } from './planning-test-data.ts';

async function seed(database: Database, count: number): Promise<void> {
  const random = seededRandom(1);
  const items: string[] = [];
  const heads: string[] = [];
  const points: string[] = [];
  for (let i = 0; i < count; i++) {
    const sku = `S${i}`;
    items.push(
      `('${sku}', 'x', 'c', ${1 + random.next() * 50}, NULL, 's', ${random.int(1, 30)}, ${random.int(0, 50)}, ${random.int(0, 12)}, ${random.int(0, 400)}, 0, false)`,
    );
    heads.push(
      `('${sku}', 'ets', '{}', 7, 56, 'day', DATE '2025-01-01', DATE '2026-02-28', 'fp${i}', make_timestamp_ms(0::BIGINT), 1, NULL, NULL, 'smooth', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)`,
    );
    const mean = random.next() * 20;
    for (let t = 0; t < 56; t++)
      points.push(
        `('${sku}', DATE '1970-01-01' + ${TODAY + t}, ${mean}, 0, ${mean * 0.6}, ${mean}, ${mean * 1.4}, ${mean * 2})`,
      );
  }
  await database.run(`INSERT INTO items VALUES ${items.join(',')}`);
  await database.run(`INSERT INTO forecasts VALUES ${heads.join(',')}`);
  for (let i = 0; i < points.length; i += 20_000)
    await database.run(`INSERT INTO forecast_points VALUES ${points.slice(i, i + 20_000).join(',')}`);
}

/** Runs one planning pass over `args[0]` SKUs (default 1000) and prints SKUs per second. */
export async function run(args: string[]): Promise<void> {
  const count = Number(args[0] ?? 1000);
  const dir = await mkdtemp(path.join(tmpdir(), 'zhizao-plan-bench-'));
  const config = loadConfig({ ZHIZAO_DATA_DIR: dir, ZHIZAO_LOG_LEVEL: 'silent' }, { seedDemo: false });
  const database = await openStore(config);
  try {
    await seed(database, count);
    const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const service = createPlanningService({
      database,
      logger: quiet,
      clock: new ManualClock(TODAY * 86_400_000),
    });
    const result = await service.run();
    const rate = count / (result.milliseconds / 1000);
    console.log(
      `${count} SKUs planned in ${result.milliseconds} ms: ${rate.toFixed(0)} SKUs/s (${result.problems} problems)`,
    );
  } finally {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
}
