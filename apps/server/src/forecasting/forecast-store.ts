/** Stored forecasts: one header row per SKU (model, parameters, fingerprint, accuracy) and its daily quantiles. */
import type { Database } from '../storage/database.ts';
import type { DailySeries } from './daily-series.ts';
import type { DemandClass } from './demand-class.ts';
import type { ForecastJobResult } from './forecast-job.ts';

/** Everything stored about one SKU's forecast. */
export interface ForecastRecord {
  readonly series: DailySeries;
  readonly demand: DemandClass;
  readonly result: ForecastJobResult;
  readonly horizon: number;
  /** Epoch milliseconds. */
  readonly createdAt: number;
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

/** Replaces the SKU's stored forecast in one transaction. */
export async function writeForecast(database: Database, record: ForecastRecord): Promise<void> {
  const { series, demand, result, horizon } = record;
  const historyEnd = series.startDay + series.values.length - 1;
  const backtest = result.backtest;
  await database.transaction(async (session) => {
    await session.run(
      `INSERT OR REPLACE INTO forecasts VALUES (?, ?, ?, ?, ?, 'day', DATE '1970-01-01' + ?::INTEGER,
        DATE '1970-01-01' + ?::INTEGER, ?, make_timestamp_ms(?::BIGINT), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        series.sku,
        result.model,
        JSON.stringify(result.params),
        result.season,
        horizon,
        series.startDay,
        historyEnd,
        series.fingerprint,
        record.createdAt,
        result.milliseconds,
        finiteOrNull(demand.adi),
        finiteOrNull(demand.cv2),
        demand.pattern,
        demand.intermittent,
        finiteOrNull(demand.weeklyCv),
        backtest?.horizon ?? null,
        backtest?.folds ?? null,
        finiteOrNull(backtest?.mase ?? null),
        finiteOrNull(backtest?.rmsse ?? null),
        finiteOrNull(backtest?.smape ?? null),
        finiteOrNull(backtest?.coverage80 ?? null),
        finiteOrNull(backtest?.coverage95 ?? null),
      ],
    );
    await session.run('DELETE FROM forecast_points WHERE sku = ?', [series.sku]);
    const days = new Int32Array(horizon);
    for (let k = 0; k < horizon; k++) days[k] = historyEnd + 1 + k;
    await session.append('forecast_points', [
      { type: 'varchar', values: new Array<string>(horizon).fill(series.sku) },
      { type: 'date', values: days },
      { type: 'double', values: result.mean },
      ...result.quantiles.map((values) => ({ type: 'double' as const, values })),
    ]);
  });
}

/** Fingerprint and horizon of every stored forecast, by SKU. */
export async function readStoredFingerprints(
  database: Database,
): Promise<Map<string, { fingerprint: string; horizon: number }>> {
  const rows = await database.query<{ sku: string; fingerprint: string; horizon: number }>(
    'SELECT sku, fingerprint, horizon FROM forecasts',
  );
  return new Map(rows.map((row) => [row.sku, { fingerprint: row.fingerprint, horizon: row.horizon }]));
}

/** Deletes the forecasts of SKUs that no longer have sales (e.g. after the demo data was removed). */
export async function pruneForecasts(database: Database, keep: ReadonlySet<string>): Promise<number> {
  const stored = await database.query<{ sku: string }>('SELECT sku FROM forecasts');
  const stale = stored.map((row) => row.sku).filter((sku) => !keep.has(sku));
  if (stale.length === 0) return 0;
  await database.transaction(async (session) => {
    for (const sku of stale) {
      await session.run('DELETE FROM forecasts WHERE sku = ?', [sku]);
      await session.run('DELETE FROM forecast_points WHERE sku = ?', [sku]);
    }
  });
  return stale.length;
}
