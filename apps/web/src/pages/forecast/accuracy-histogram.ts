/** Bins per-SKU backtest MASE values into a histogram for the portfolio chart. */
import type { ChartOption } from '../../charts/echarts-setup.ts';

/** Upper edges of the MASE bins; the last bin is open (≥ 3). Below 1 beats the weekly-naive forecast. */
export const maseEdges = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

/** One histogram bar. */
export interface HistogramBin {
  readonly label: string;
  readonly count: number;
  /** True when every value in the bin beats the naive benchmark (MASE < 1). */
  readonly good: boolean;
}

/** Counts finite `values` per bin of `edges` (each bin is [previous edge, edge)); NaN is skipped. */
export function histogram(values: readonly number[], edges: readonly number[]): HistogramBin[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    let bin = edges.findIndex((edge) => value < edge);
    if (bin === -1) bin = edges.length;
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts.map((count, index) => {
    const low = index === 0 ? 0 : edges[index - 1];
    const high = edges[index];
    return {
      label: high === undefined ? `≥ ${low}` : `${low}–${high}`,
      count,
      good: high !== undefined && high <= 1,
    };
  });
}

/** Bar chart of the histogram: green bins beat the naive forecast, amber ones do not. */
export function histogramOption(bins: readonly HistogramBin[], seriesName: string): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 32 },
    xAxis: {
      type: 'category',
      data: bins.map((bin) => bin.label),
      axisLabel: { color: '#475569', interval: 0, fontSize: 11 },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#475569' } },
    series: [
      {
        name: seriesName,
        type: 'bar',
        data: bins.map((bin) => ({
          value: bin.count,
          itemStyle: { color: bin.good ? '#10b981' : '#f59e0b' },
        })),
      },
    ],
  };
}
