/** SQL and arithmetic behind the forecast portfolio: summaries, ABC/XYZ classes, accuracy distribution. */
import type { ForecastListQuery, ForecastPortfolio, ForecastSummary } from '@zhizao/contract';
import { assertNever } from '@zhizao/core';
import type { Database } from '../storage/database.ts';
import { abcClasses, type DemandPattern, xyzClass } from './demand-class.ts';

interface SummaryRow {
  sku: string;
  name: string | null;
  model: string;
  createdAt: string;
  horizon: number;
  historyStart: string;
  historyEnd: string;
  pattern: DemandPattern;
  intermittent: boolean;
  adi: number | null;
  cv2: number | null;
  weeklyCv: number | null;
  revenue: number | null;
  forecastTotal: number | null;
  backtestHorizon: number | null;
  backtestFolds: number | null;
  mase: number | null;
  rmsse: number | null;
  smape: number | null;
  coverage80: number | null;
  coverage95: number | null;
}

/** Reads the summaries of stored forecasts (all, or those of `sku`), with ABC classes over the whole portfolio. */
export async function readSummaries(database: Database): Promise<ForecastSummary[]> {
  const rows = await database.query<SummaryRow>(
    `WITH revenue AS (
       SELECT s.sku, sum(s.quantity * coalesce(s.price, i.price, i.unit_cost, 0))::DOUBLE AS revenue
       FROM sales s LEFT JOIN items i USING (sku) GROUP BY s.sku),
     totals AS (SELECT sku, sum(mean)::DOUBLE AS total FROM forecast_points GROUP BY sku)
     SELECT f.sku, i.name, f.model, f.created_at AS createdAt, f.horizon,
       strftime(f.history_start, '%Y-%m-%d') AS historyStart, strftime(f.history_end, '%Y-%m-%d') AS historyEnd,
       f.pattern, f.intermittent, f.adi, f.cv2, f.weekly_cv AS weeklyCv, r.revenue, t.total AS forecastTotal,
       f.backtest_horizon AS backtestHorizon, f.backtest_folds AS backtestFolds, f.mase, f.rmsse, f.smape,
       f.coverage80, f.coverage95
     FROM forecasts f LEFT JOIN items i USING (sku) LEFT JOIN revenue r USING (sku) LEFT JOIN totals t USING (sku)
     ORDER BY f.sku`,
  );
  const abc = abcClasses(rows.map((row) => row.revenue ?? 0));
  return rows.map((row, index) => ({
    sku: row.sku,
    name: row.name,
    model: row.model,
    createdAt: row.createdAt,
    horizon: row.horizon,
    historyStart: row.historyStart,
    historyEnd: row.historyEnd,
    pattern: row.pattern,
    intermittent: row.intermittent,
    adi: row.adi,
    cv2: row.cv2,
    weeklyCv: row.weeklyCv,
    abc: abc[index] ?? 'C',
    xyz: xyzClass(row.weeklyCv ?? Number.NaN),
    revenue: row.revenue ?? 0,
    forecastTotal: row.forecastTotal ?? 0,
    backtest:
      row.backtestHorizon === null
        ? null
        : {
            horizon: row.backtestHorizon,
            folds: row.backtestFolds ?? 0,
            mase: row.mase,
            rmsse: row.rmsse,
            smape: row.smape,
            coverage80: row.coverage80,
            coverage95: row.coverage95,
          },
  }));
}

/** Type-7 quantile (R's default) of ascending values. */
function quantileOf(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * p;
  const lo = Math.floor(position);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (position - lo) * (sorted[hi]! - sorted[lo]!);
}

function distribution(values: readonly (number | null)[]): ForecastPortfolio['accuracy']['mase'] {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const mean = sorted.length > 0 ? sorted.reduce((s, v) => s + v, 0) / sorted.length : null;
  return {
    count: sorted.length,
    p10: quantileOf(sorted, 0.1),
    p25: quantileOf(sorted, 0.25),
    median: quantileOf(sorted, 0.5),
    p75: quantileOf(sorted, 0.75),
    p90: quantileOf(sorted, 0.9),
    mean,
  };
}

function meanOf(values: readonly (number | null | undefined)[]): number | null {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return finite.length > 0 ? finite.reduce((s, v) => s + v, 0) / finite.length : null;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

function matches(summary: ForecastSummary, query: ForecastListQuery): boolean {
  if (query.pattern && summary.pattern !== query.pattern) return false;
  if (query.abc && summary.abc !== query.abc) return false;
  if (query.xyz && summary.xyz !== query.xyz) return false;
  if (query.intermittent && summary.intermittent !== (query.intermittent === 'true')) return false;
  const search = query.search?.trim().toLowerCase();
  if (search && !`${summary.sku} ${summary.name ?? ''}`.toLowerCase().includes(search)) return false;
  return true;
}

/** Orders summaries for a list: worst accuracy first for error metrics, largest first for revenue. */
function compare(sort: ForecastListQuery['sort']): (a: ForecastSummary, b: ForecastSummary) => number {
  const worstFirst =
    (pick: (s: ForecastSummary) => number | null | undefined) => (a: ForecastSummary, b: ForecastSummary) =>
      (pick(b) ?? Number.NEGATIVE_INFINITY) - (pick(a) ?? Number.NEGATIVE_INFINITY) ||
      a.sku.localeCompare(b.sku);
  switch (sort) {
    case 'sku':
      return (a, b) => a.sku.localeCompare(b.sku);
    case 'revenue':
      return (a, b) => b.revenue - a.revenue || a.sku.localeCompare(b.sku);
    case 'mase':
      return worstFirst((s) => s.backtest?.mase);
    case 'smape':
      return worstFirst((s) => s.backtest?.smape);
    default:
      return assertNever(sort, 'sort');
  }
}

/** The portfolio page: accuracy over all SKUs, the ten worst by MASE, class counts, and one filtered page. */
export async function readPortfolioPage(
  database: Database,
  query: ForecastListQuery,
): Promise<ForecastPortfolio> {
  const summaries = await readSummaries(database);
  const [unsold] = await database.query<{ n: number }>(
    'SELECT count(*)::DOUBLE AS n FROM items WHERE sku NOT IN (SELECT DISTINCT sku FROM sales)',
  );
  const filtered = summaries.filter((summary) => matches(summary, query)).sort(compare(query.sort));
  const worst = summaries
    .filter((summary) => summary.backtest?.mase !== null && summary.backtest?.mase !== undefined)
    .sort(compare('mase'))
    .slice(0, 10);
  return {
    forecasted: summaries.length,
    withoutSales: unsold?.n ?? 0,
    accuracy: {
      mase: distribution(summaries.map((s) => s.backtest?.mase ?? null)),
      smape: distribution(summaries.map((s) => s.backtest?.smape ?? null)),
      coverage80: meanOf(summaries.map((s) => s.backtest?.coverage80)),
      coverage95: meanOf(summaries.map((s) => s.backtest?.coverage95)),
    },
    worst,
    classes: {
      abc: countBy(summaries, (s) => s.abc),
      xyz: countBy(summaries, (s) => s.xyz),
      pattern: countBy(summaries, (s) => s.pattern),
      intermittent: summaries.filter((s) => s.intermittent).length,
    },
    total: filtered.length,
    items: filtered.slice(query.offset, query.offset + query.limit),
  };
}
