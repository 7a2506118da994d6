/** ECharts options of the replenishment page: a SKU's projected stock band and the portfolio trade-off curve. */
import type { PlanDetail, Tradeoff } from '@zhizao/contract';
import type { ChartOption } from '../../charts/echarts-setup.ts';

/** Labels of the projected-stock chart (already translated). */
export interface StockChartLabels {
  readonly band: string;
  readonly median: string;
  readonly reorderPoint: string;
}

/** Projected on-hand stock: the 10–90% band stacked on its lower edge, the median and the reorder point. */
export function stockBandOption(plan: PlanDetail, labels: StockChartLabels): ChartOption {
  const days = plan.projection.map((point) => point.day);
  const bandLine = { opacity: 0 };
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.band, labels.median, labels.reorderPoint], top: 0 },
    grid: { left: 48, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: days, boundaryGap: false },
    yAxis: { type: 'value', min: 0 },
    series: [
      {
        name: labels.band,
        type: 'line',
        stack: 'band',
        data: plan.projection.map((point) => point.p10),
        lineStyle: bandLine,
        showSymbol: false,
        tooltip: { show: false },
        itemStyle: { color: '#60a5fa' },
      },
      {
        name: labels.band,
        type: 'line',
        stack: 'band',
        data: plan.projection.map((point) => point.p90 - point.p10),
        lineStyle: bandLine,
        showSymbol: false,
        areaStyle: { color: 'rgba(96, 165, 250, 0.35)' },
        itemStyle: { color: '#60a5fa' },
      },
      {
        name: labels.median,
        type: 'line',
        data: plan.projection.map((point) => point.p50),
        showSymbol: false,
        lineStyle: { width: 2, color: '#2563eb' },
        itemStyle: { color: '#2563eb' },
      },
      {
        name: labels.reorderPoint,
        type: 'line',
        data: days.map(() => plan.reorderPoint ?? 0),
        showSymbol: false,
        lineStyle: { type: 'dashed', color: '#ef4444' },
        itemStyle: { color: '#ef4444' },
      },
    ],
  };
}

/** Labels of the trade-off chart (already translated). */
export interface TradeoffChartLabels {
  readonly inventoryValue: string;
  readonly safetyStockValue: string;
  readonly percent: (fraction: number) => string;
  readonly money: (value: number) => string;
}

/** Inventory and safety-stock value against the service target; the chosen target is marked. */
export function tradeoffOption(tradeoff: Tradeoff, chosen: number, labels: TradeoffChartLabels): ChartOption {
  const levels = tradeoff.points.map((point) => labels.percent(point.level));
  const chosenIndex = tradeoff.points.findIndex((point) => point.level === chosen);
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.inventoryValue, labels.safetyStockValue], top: 0 },
    grid: { left: 72, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: levels, boundaryGap: false },
    yAxis: { type: 'value', axisLabel: { formatter: labels.money } },
    series: [
      {
        name: labels.inventoryValue,
        type: 'line',
        data: tradeoff.points.map((point) => point.inventoryValue),
        itemStyle: { color: '#2563eb' },
        markLine:
          chosenIndex >= 0
            ? {
                symbol: 'none',
                data: [{ xAxis: levels[chosenIndex] ?? '' }],
                lineStyle: { color: '#f59e0b' },
              }
            : { data: [] },
      },
      {
        name: labels.safetyStockValue,
        type: 'line',
        data: tradeoff.points.map((point) => point.safetyStockValue),
        itemStyle: { color: '#10b981' },
      },
    ],
  };
}

/** A plan number for display: a dash for null or non-finite values, so the page never shows NaN. */
export function displayNumber(value: number | null | undefined, format: (value: number) => string): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : format(value);
}
