/** Daily sales history of one SKU: a zoomable line with promotion days marked. */
import type { SalesSeries } from '@zhizao/contract';
import { type ReactNode, useMemo } from 'react';
import { useApi } from '../api/use-api.ts';
import { EChart } from '../charts/echart.tsx';
import type { ChartOption } from '../charts/echarts-setup.ts';
import { LoadError, Loading } from '../components/load-state.tsx';
import type { I18n } from '../i18n/create-i18n.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

function salesOption(series: SalesSeries, i18n: I18n): ChartOption {
  const { t } = i18n;
  const promotionPoints: [string, number][] = [];
  series.days.forEach((day, index) => {
    if ((series.promotion[index] ?? 0) > 0) promotionPoints.push([day, series.quantity[index] ?? 0]);
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [t.demand.quantity, t.demand.promotion], top: 0 },
    grid: { left: 48, right: 24, top: 36, bottom: 72 },
    xAxis: { type: 'category', data: series.days, axisLabel: { color: '#475569' } },
    yAxis: { type: 'value', axisLabel: { color: '#475569', formatter: i18n.compact } },
    dataZoom: [
      { type: 'inside', start: series.days.length > 180 ? 70 : 0, end: 100 },
      { type: 'slider', bottom: 16, height: 24 },
    ],
    series: [
      {
        name: t.demand.quantity,
        type: 'line',
        data: series.quantity,
        showSymbol: false,
        lineStyle: { width: 1.5 },
      },
      {
        name: t.demand.promotion,
        type: 'scatter',
        data: promotionPoints,
        symbolSize: 7,
        itemStyle: { color: '#f59e0b' },
      },
    ],
  };
}

/** Loads and charts the sales of `sku`. */
export function SalesChart(props: { readonly sku: string }): ReactNode {
  const i18n = useI18n();
  const sales = useApi<SalesSeries>(`/api/items/${encodeURIComponent(props.sku)}/sales`);
  const option = useMemo(
    () => (sales.data === null ? null : salesOption(sales.data, i18n)),
    [sales.data, i18n],
  );
  const title = i18n.fill(i18n.t.demand.salesHistory, { sku: props.sku });
  return (
    <section className="card" data-testid="sales-history">
      <h3>{title}</h3>
      {sales.error !== null && <LoadError error={sales.error} onRetry={sales.reload} />}
      {sales.data === null || option === null ? (
        sales.error === null && <Loading />
      ) : sales.data.days.length === 0 ? (
        <p className="empty">{i18n.fill(i18n.t.demand.noSales, { sku: props.sku })}</p>
      ) : (
        <EChart option={option} label={title} height={360} testId="chart-sales" />
      )}
    </section>
  );
}
