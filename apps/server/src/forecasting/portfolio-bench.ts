/**
 * Measures background forecasting on the demo portfolio (items × 3 years daily) in a temp DuckDB file, and
 * compares daily with weekly modelling on weekly totals. Run: node --import tsx
 * apps/server/src/forecasting/portfolio-bench.ts [--skus N] [--workers W] [--granularity N]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateItems, generateSales } from '@zhizao/demo';
import { auto, mae } from '@zhizao/forecast';
import { openDuckDb } from '../storage/duckdb-database.ts';
import { migrate } from '../storage/schema.ts';
import { readPortfolio } from './daily-series.ts';
import { fitDemand } from './forecast-job.ts';
import { createForecastService } from './forecast-service.ts';
import { appendSales } from './forecast-test-data.ts';
import { readPortfolioPage } from './portfolio-query.ts';

/** Benchmark entry (bench/main.ts convention). */
export async function run(args: string[]): Promise<void> {
  const option = (name: string, fallback: number): number => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? Number(args[index + 1]) : fallback;
  };
  const skus = option('skus', 1_000_000);
  const workers = option('workers', 1);
  const granularity = option('granularity', 0);
  const dir = await mkdtemp(path.join(tmpdir(), 'zhizao-forecast-bench-'));
  const database = await openDuckDb(path.join(dir, 'bench.duckdb'));
  try {
    await migrate(database);
    const all = generateItems();
    // An even sample across the catalogue (it is ordered by category), not its first N items.
    const stride = Math.max(1, Math.floor(all.length / skus));
    const items = all.filter((_, index) => index % stride === 0).slice(0, skus);
    const wanted = new Set(items.map((item) => item.sku));
    const price = new Map(items.map((item) => [item.sku, item.price]));
    for (const item of items) {
      await database.run(`INSERT INTO items VALUES (?, ?, 'demo', ?, ?, 'demo', 14, 1, 1, 0, 0, true)`, [
        item.sku,
        item.nameEn,
        item.unitCost,
        item.price,
      ]);
    }
    for (const chunk of generateSales({ skusPerChunk: 1 })) {
      const sku = chunk.sku[0];
      if (sku === undefined || !wanted.has(sku)) continue;
      await appendSales(database, [
        { sku, startDay: chunk.day[0]!, quantities: Array.from(chunk.quantity), price: price.get(sku) ?? 1 },
      ]);
    }
    if (granularity > 0) await compareGranularity(database, granularity);
    if (granularity > 0 && args.includes('--only-granularity')) return;
    const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const service = createForecastService({ database, logger, workers });
    const started = performance.now();
    service.run({});
    await service.idle();
    const seconds = (performance.now() - started) / 1000;
    const last = service.status().lastRun;
    await service.stop();
    const page = await readPortfolioPage(database, { sort: 'mase', limit: 1, offset: 0 });
    console.log(
      `SKUs ${last?.forecasted} (failed ${last?.failed}) in ${seconds.toFixed(1)} s with ${workers} worker(s): ${((last?.forecasted ?? 0) / seconds).toFixed(2)} SKUs/s (horizon 90 d, backtest 3×28 d)`,
    );
    console.log('MASE (weekly-naive scale)', page.accuracy.mase);
    console.log('sMAPE %', page.accuracy.smape);
    console.log(
      `backtest coverage of the model's own bands: 80% band ${page.accuracy.coverage80?.toFixed(3)} (nominal 0.8), 95% band ${page.accuracy.coverage95?.toFixed(3)} (nominal 0.95)`,
    );
    await printCalibration(database);
    console.log('classes', page.classes);
  } finally {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Band calibration from the stored params: mean factors, and coverage of the last backtest fold by the
 * model's bands before and after scaling by factors computed on the earlier folds only (out of sample).
 */
async function printCalibration(database: Awaited<ReturnType<typeof openDuckDb>>): Promise<void> {
  const rows = await database.query<{ params: string }>('SELECT params FROM forecasts');
  const keys = ['bandFactor80', 'bandFactor95', 'bandHoldout80Before', 'bandHoldout80After'] as const;
  const more = ['bandHoldout95Before', 'bandHoldout95After'] as const;
  const sums = new Map<string, number>();
  const reasons = new Map<string, number>();
  let calibrated = 0;
  let held = 0;
  for (const row of rows) {
    const params = JSON.parse(row.params) as Record<string, unknown>;
    if (typeof params.bandFactor80 !== 'number') continue;
    calibrated += 1;
    for (const key of ['bandReason80', 'bandReason95']) {
      const label = `${key.slice(-2)}% ${String(params[key])}`;
      reasons.set(label, (reasons.get(label) ?? 0) + 1);
    }
    const withHoldout = typeof params.bandHoldout80After === 'number';
    if (withHoldout) held += 1;
    for (const key of [...keys, ...more]) {
      const value = params[key];
      if (typeof value === 'number') sums.set(key, (sums.get(key) ?? 0) + value);
    }
  }
  const mean = (key: string, count: number): string => ((sums.get(key) ?? 0) / count).toFixed(3);
  console.log(
    `band calibration on ${calibrated} SKUs: mean factor 80% ${mean('bandFactor80', calibrated)}, 95% ${mean('bandFactor95', calibrated)}`,
    Object.fromEntries(reasons),
  );
  console.log(
    `holdout (last backtest fold, factors from earlier folds, ${held} SKUs): ` +
      `80% band ${mean('bandHoldout80Before', held)} -> ${mean('bandHoldout80After', held)} (nominal 0.8), ` +
      `95% band ${mean('bandHoldout95Before', held)} -> ${mean('bandHoldout95After', held)} (nominal 0.95)`,
  );
}

/** Sums consecutive 7-day blocks ending at `end` (exclusive), dropping the oldest remainder. */
function weekly(values: Float64Array, end: number): Float64Array {
  const weeks = Math.floor(end / 7);
  const out = new Float64Array(weeks);
  const offset = end - weeks * 7;
  for (let w = 0; w < weeks; w++) for (let d = 0; d < 7; d++) out[w] = out[w]! + values[offset + w * 7 + d]!;
  return out;
}

/**
 * Daily model summed to weeks vs a model fitted on weekly totals (season 1, as M4 treats weekly data),
 * both scored on 4 weekly totals at 3 origins 28 days apart; MASE scaled by the weekly naive in-sample MAE.
 */
async function compareGranularity(
  database: Awaited<ReturnType<typeof openDuckDb>>,
  count: number,
): Promise<void> {
  const portfolio = await readPortfolio(database);
  const score = { daily: 0, weekly: 0, n: 0, dailyMs: 0, weeklyMs: 0 };
  for (const series of portfolio.series.slice(0, count)) {
    const y = series.values;
    // New products without a year of history are left out: weekly models need enough weeks.
    if (y.length < 365) continue;
    for (let k = 0; k < 3; k++) {
      const origin = y.length - 28 - (2 - k) * 28;
      const actual = weekly(y.subarray(0, origin + 28), origin + 28).subarray(-4);
      const history = weekly(y, origin);
      let scale = 0;
      for (let w = 1; w < history.length; w++) scale += Math.abs(history[w]! - history[w - 1]!);
      scale /= history.length - 1;
      if (!(scale > 0)) continue;
      let t = performance.now();
      const dailyMean = fitDemand(y.slice(0, origin), false).fit.forecast(28).mean;
      score.dailyMs += performance.now() - t;
      const dailyWeeks = new Float64Array(4);
      for (let d = 0; d < 28; d++)
        dailyWeeks[Math.floor(d / 7)] = dailyWeeks[Math.floor(d / 7)]! + dailyMean[d]!;
      t = performance.now();
      const weeklyMean = auto(history, { season: 1, nonNegative: true, arima: false }).forecast(4).mean;
      score.weeklyMs += performance.now() - t;
      score.daily += mae(actual, dailyWeeks) / scale;
      score.weekly += mae(actual, weeklyMean) / scale;
      score.n += 1;
    }
  }
  console.log(
    `weekly-total MASE over ${score.n} folds: daily model ${(score.daily / score.n).toFixed(3)} ` +
      `(${(score.dailyMs / score.n).toFixed(0)} ms/fit), weekly model ${(score.weekly / score.n).toFixed(3)} ` +
      `(${(score.weeklyMs / score.n).toFixed(0)} ms/fit)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run(process.argv.slice(2));
