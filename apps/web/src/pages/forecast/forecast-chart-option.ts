/** ECharts option for one SKU's forecast: history, mean forecast, 80% and 95% bands, holidays, past and planned promotions. */
import type { ForecastDetail } from '@zhizao/contract';
import type { ChartOption } from '../../charts/echarts-setup.ts';

/** The labels the chart shows (already translated). */
export interface ForecastChartLabels {
  readonly history: string;
  readonly forecast: string;
  readonly band80: string;
  readonly band95: string;
  readonly promotion: string;
  readonly plannedPromotion: string;
  /** The holiday name to show for a holiday of the detail. */
  readonly holidayName: (holiday: ForecastDetail['holidays'][number]) => string;
  readonly axisFormatter: (value: number) => string;
}

type Cell = number | null;

/** Lays `values` onto an axis of `total` days starting at `start`; other days are empty. */
function place(values: readonly number[], start: number, total: number): Cell[] {
  const cells: Cell[] = new Array<Cell>(total).fill(null);
  values.forEach((value, index) => {
    cells[start + index] = value;
  });
  return cells;
}

/** The band width (upper - lower) day by day; stacked on the lower edge it draws the band. */
function width(lower: readonly number[], upper: readonly number[]): number[] {
  return lower.map((value, index) => (upper[index] ?? value) - value);
}

/** Colours of the two prediction bands: edge colour (legend, tooltip) and fill. */
const BAND95 = { stack: 'band95', color: '#93c5fd', fill: 'rgba(147, 197, 253, 0.35)' };
const BAND80 = { stack: 'band80', color: '#60a5fa', fill: 'rgba(96, 165, 250, 0.45)' };

/**
 * One band as two stacked, invisible lines: the lower edge (no tooltip), then the width filled
 * above it, so ECharts draws the area between lower and upper.
 */
function bandSeries(
  name: string,
  lower: readonly number[],
  upper: readonly number[],
  band: { start: number; total: number; stack: string; color: string; fill: string },
) {
  const line = {
    name,
    type: 'line' as const,
    stack: band.stack,
    lineStyle: { opacity: 0 },
    showSymbol: false,
  };
  return [
    {
      ...line,
      data: place(lower, band.start, band.total),
      tooltip: { show: false },
      itemStyle: { color: band.color },
    },
    {
      ...line,
      data: place(width(lower, upper), band.start, band.total),
      areaStyle: { color: band.fill },
      itemStyle: { color: band.color },
    },
  ];
}

/** The first axis day on or after `day`, or null when `day` is past the axis. */
function clampToAxis(days: readonly string[], day: string): string | null {
  const first = days[0];
  if (first === undefined) return null;
  if (day <= first) return first;
  return days.find((candidate) => candidate >= day) ?? null;
}

/** Holiday breaks that overlap the axis, as mark-area pairs. */
function holidayAreas(detail: ForecastDetail, days: readonly string[], labels: ForecastChartLabels) {
  const last = days[days.length - 1];
  const areas: [{ name: string; xAxis: string }, { xAxis: string }][] = [];
  for (const holiday of detail.holidays) {
    if (last === undefined || holiday.breakFirst > last) continue;
    const from = clampToAxis(days, holiday.breakFirst);
    const to = clampToAxis(days, holiday.breakLast) ?? last;
    if (from === null || holiday.breakLast < (days[0] ?? '')) continue;
    areas.push([{ name: labels.holidayName(holiday), xAxis: from }, { xAxis: to }]);
  }
  return areas;
}

/** Builds the forecast chart: one category axis of history days followed by forecast days. */
export function forecastChartOption(detail: ForecastDetail, labels: ForecastChartLabels): ChartOption {
  const historyDays = detail.history.days;
  const forecastDays = detail.forecast.days;
  const days = [...historyDays, ...forecastDays];
  const total = days.length;
  const start = historyDays.length;
  const { forecast } = detail;
  const promotionDays = new Set(detail.promotions);
  const promotionPoints: [string, number][] = [];
  historyDays.forEach((day, index) => {
    if (promotionDays.has(day)) promotionPoints.push([day, detail.history.quantity[index] ?? 0]);
  });
  const plannedDays = new Set(detail.plannedPromotions ?? []);
  const plannedPoints: [string, number][] = [];
  forecastDays.forEach((day, index) => {
    if (plannedDays.has(day)) plannedPoints.push([day, forecast.mean[index] ?? 0]);
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: {
      data: [
        labels.history,
        labels.forecast,
        labels.band80,
        labels.band95,
        labels.promotion,
        labels.plannedPromotion,
      ],
      top: 0,
    },
    grid: { left: 48, right: 24, top: 40, bottom: 72 },
    xAxis: { type: 'category', data: days, boundaryGap: false, axisLabel: { color: '#475569' } },
    yAxis: { type: 'value', axisLabel: { color: '#475569', formatter: labels.axisFormatter } },
    dataZoom: [
      { type: 'inside', start: total > 240 ? 50 : 0, end: 100 },
      { type: 'slider', bottom: 16, height: 24 },
    ],
    series: [
      {
        name: labels.history,
        type: 'line',
        data: place(detail.history.quantity, 0, total),
        showSymbol: false,
        lineStyle: { width: 1.5, color: '#2563eb' },
        itemStyle: { color: '#2563eb' },
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(239, 68, 68, 0.08)' },
          label: { color: '#b91c1c', fontSize: 11 },
          data: holidayAreas(detail, days, labels),
        },
      },
      ...bandSeries(labels.band95, forecast.lower95, forecast.upper95, { start, total, ...BAND95 }),
      ...bandSeries(labels.band80, forecast.lower80, forecast.upper80, { start, total, ...BAND80 }),
      {
        name: labels.forecast,
        type: 'line',
        data: place(forecast.mean, start, total),
        showSymbol: false,
        lineStyle: { width: 2, type: 'dashed', color: '#1d4ed8' },
        itemStyle: { color: '#1d4ed8' },
      },
      {
        name: labels.promotion,
        type: 'scatter',
        data: promotionPoints,
        symbolSize: 7,
        itemStyle: { color: '#f59e0b' },
      },
      {
        name: labels.plannedPromotion,
        type: 'scatter',
        data: plannedPoints,
        symbol: 'diamond',
        symbolSize: 9,
        itemStyle: { color: '#d97706' },
      },
    ],
  };
}
