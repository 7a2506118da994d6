/** React wrapper around one ECharts instance: creates, updates, resizes and disposes it. */

import type { EChartsType } from 'echarts/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { type ChartOption, chartColors, initChart } from './echarts-setup.ts';

/** Props of EChart. */
export interface EChartProps {
  readonly option: ChartOption;
  readonly height?: number;
  readonly testId?: string;
  /** Accessible description of what the chart shows. */
  readonly label: string;
}

/** The names of the option's series, deduplicated; exposed as `data-series` for tests and tools. */
function seriesNames(option: ChartOption): string {
  const series = Array.isArray(option.series)
    ? option.series
    : option.series === undefined
      ? []
      : [option.series];
  const names = series.flatMap((item) => (typeof item.name === 'string' ? [item.name] : []));
  return [...new Set(names)].join('|');
}

/** Renders `option` into a canvas that follows its container's width. */
export function EChart(props: EChartProps): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const instance = initChart(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ color: chartColors, ...props.option }, { notMerge: true });
  }, [props.option]);

  return (
    <div
      ref={container}
      className="chart"
      style={{ height: props.height ?? 320 }}
      role="img"
      aria-label={props.label}
      data-testid={props.testId}
      data-series={seriesNames(props.option)}
    />
  );
}
