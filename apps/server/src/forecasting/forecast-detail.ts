/** One SKU's stored forecast with its history tail, bands, holidays and promotions in range. */
import { FIRST_DAY, holidaysBetween, isoFromDay, LAST_DAY } from '@zhizao/calendar';
import type { ForecastDetail } from '@zhizao/contract';
import { AppError } from '@zhizao/core';
import type { Database } from '../storage/database.ts';
import { readSeriesOf } from './daily-series.ts';
import { plannedRangesBySku } from './planned-promotions.ts';
import { readSummaries } from './portfolio-query.ts';

interface HeaderRow {
  params: string;
  season: number;
  fingerprint: string;
  startDay: number;
  endDay: number;
}

interface PointRow {
  day: number;
  mean: number;
  p025: number;
  p10: number;
  p50: number;
  p90: number;
  p975: number;
}

/** Reads the detail of one SKU; NOT_FOUND when it has no stored forecast. */
export async function readForecastDetail(
  database: Database,
  sku: string,
  options: { historyDays: number },
): Promise<ForecastDetail> {
  const [header] = await database.query<HeaderRow>(
    `SELECT params, season, fingerprint, datediff('day', DATE '1970-01-01', history_start)::INTEGER AS startDay,
       datediff('day', DATE '1970-01-01', history_end)::INTEGER AS endDay FROM forecasts WHERE sku = ?`,
    [sku],
  );
  const summary = (await readSummaries(database)).find((entry) => entry.sku === sku);
  if (!header || !summary) {
    throw new AppError(
      'NOT_FOUND',
      `no forecast for SKU "${sku}" (no sales yet, or forecasting has not reached it)`,
    );
  }
  const points = await database.query<PointRow>(
    `SELECT datediff('day', DATE '1970-01-01', day)::INTEGER AS day, mean, p025, p10, p50, p90, p975
     FROM forecast_points WHERE sku = ? ORDER BY day`,
    [sku],
  );
  const firstShown = Math.max(header.startDay, header.endDay - options.historyDays + 1);
  const sales = await database.query<{ day: number; quantity: number; promotion: boolean }>(
    `SELECT datediff('day', DATE '1970-01-01', day)::INTEGER AS day, sum(quantity)::DOUBLE AS quantity,
       bool_or(promotion) AS promotion
     FROM sales WHERE sku = ? AND day >= DATE '1970-01-01' + ?::INTEGER GROUP BY day ORDER BY day`,
    [sku, firstShown],
  );
  const historyEnd = Math.max(header.endDay, sales.at(-1)?.day ?? header.endDay);
  const length = historyEnd - firstShown + 1;
  const quantity = new Array<number>(length).fill(0);
  const promotion = new Array<number>(length).fill(0);
  for (const row of sales) {
    quantity[row.day - firstShown] = row.quantity;
    promotion[row.day - firstShown] = row.promotion ? 1 : 0;
  }
  const lastDay = points.at(-1)?.day ?? historyEnd;
  const from = Math.max(FIRST_DAY, firstShown);
  const to = Math.min(LAST_DAY, lastDay);
  return {
    summary,
    params: JSON.parse(header.params) as ForecastDetail['params'],
    season: header.season,
    fingerprint: header.fingerprint,
    upToDate: await isUpToDate(database, sku, header.fingerprint),
    history: {
      days: quantity.map((_, index) => isoFromDay(firstShown + index)),
      quantity,
      promotion,
    },
    forecast: {
      days: points.map((p) => isoFromDay(p.day)),
      mean: points.map((p) => p.mean),
      median: points.map((p) => p.p50),
      lower80: points.map((p) => p.p10),
      upper80: points.map((p) => p.p90),
      lower95: points.map((p) => p.p025),
      upper95: points.map((p) => p.p975),
    },
    holidays: (from <= to ? holidaysBetween(from, to) : []).map((holiday) => ({
      key: holiday.key,
      name: holiday.name,
      nameZh: holiday.nameZh,
      day: isoFromDay(holiday.day),
      breakFirst: isoFromDay(holiday.breakFirstDay),
      breakLast: isoFromDay(holiday.breakLastDay),
    })),
    promotions: sales.filter((row) => row.promotion).map((row) => isoFromDay(row.day)),
    plannedPromotions: await plannedDays(database, sku, { from: historyEnd + 1, to: lastDay }),
  };
}

/** Days in [from, to] covered by a planned promotion of the SKU. */
async function plannedDays(
  database: Database,
  sku: string,
  window: { from: number; to: number },
): Promise<string[]> {
  const days = new Set<number>();
  for (const range of (await plannedRangesBySku(database, sku)).get(sku) ?? []) {
    for (let d = Math.max(range.first, window.from); d <= Math.min(range.last, window.to); d++) days.add(d);
  }
  return [...days].sort((a, b) => a - b).map(isoFromDay);
}

/** True when the SKU's current sales and planned promotions still hash to the fitted fingerprint. */
async function isUpToDate(database: Database, sku: string, fingerprint: string): Promise<boolean> {
  return (await readSeriesOf(database, sku))?.fingerprint === fingerprint;
}
