/** ECharts option for one tag: bucketed min–max band and average, the live tail, anomaly score and alarms. */
import type { Alarm, Series } from '@zhizao/contract';
import type { ChartOption } from '../../charts/echarts-setup.ts';
import type { TimedValue } from './use-live-stream.ts';

/** Translated series names. */
export interface TelemetryChartLabels {
  readonly average: string;
  readonly minMax: string;
  readonly live: string;
  readonly score: string;
  readonly alarm: string;
  readonly unit: string;
}

/** What the chart draws. */
export interface TelemetryChartData {
  readonly series: Series | null;
  readonly live: readonly TimedValue[];
  readonly scores: readonly TimedValue[];
  /** Alarms of this tag; each is a vertical marker at its raise time. */
  readonly alarms: readonly Alarm[];
}

/** Builds the chart on a time axis; scores use a second axis fixed to [0, 1]. */
export function telemetryChartOption(data: TelemetryChartData, labels: TelemetryChartLabels): ChartOption {
  const history = data.series;
  const lower: [number, number][] = [];
  const spread: [number, number][] = [];
  const average: [number, number][] = [];
  if (history !== null) {
    history.ts.forEach((ts, index) => {
      const min = history.min[index] ?? 0;
      lower.push([ts, min]);
      spread.push([ts, (history.max[index] ?? min) - min]);
      average.push([ts, history.avg[index] ?? min]);
    });
  }
  const hidden = { opacity: 0 };
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.average, labels.minMax, labels.live, labels.score], top: 0 },
    grid: { left: 56, right: 48, top: 40, bottom: 40 },
    xAxis: { type: 'time', axisLabel: { color: '#475569' } },
    yAxis: [
      { type: 'value', name: labels.unit, scale: true, axisLabel: { color: '#475569' } },
      {
        type: 'value',
        name: labels.score,
        min: 0,
        max: 1,
        splitLine: { show: false },
        axisLabel: { color: '#8b5cf6' },
      },
    ],
    series: [
      {
        name: labels.minMax,
        type: 'line',
        stack: 'range',
        data: lower,
        showSymbol: false,
        lineStyle: hidden,
        tooltip: { show: false },
        itemStyle: { color: '#93c5fd' },
      },
      {
        name: labels.minMax,
        type: 'line',
        stack: 'range',
        data: spread,
        showSymbol: false,
        lineStyle: hidden,
        tooltip: { show: false },
        areaStyle: { color: 'rgba(147, 197, 253, 0.4)' },
        itemStyle: { color: '#93c5fd' },
      },
      {
        name: labels.average,
        type: 'line',
        data: average,
        showSymbol: false,
        lineStyle: { width: 1.5, color: '#2563eb' },
        itemStyle: { color: '#2563eb' },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: '#ef4444', type: 'dashed' },
          label: { formatter: labels.alarm, color: '#b91c1c' },
          data: data.alarms.map((alarm) => ({ name: alarm.name, xAxis: alarm.raisedAt })),
        },
      },
      {
        name: labels.live,
        type: 'line',
        data: data.live.map(([ts, value]) => [ts, value]),
        showSymbol: data.live.length < 60,
        symbolSize: 4,
        lineStyle: { width: 1.5, color: '#10b981' },
        itemStyle: { color: '#10b981' },
      },
      {
        name: labels.score,
        type: 'line',
        yAxisIndex: 1,
        data: data.scores.map(([ts, score]) => [ts, score]),
        showSymbol: false,
        lineStyle: { width: 1, color: '#8b5cf6' },
        itemStyle: { color: '#8b5cf6' },
      },
    ],
  };
}
