/** Builds the ECharts options of the overview page from the Overview response. */
import type { Overview } from '@zhizao/contract';
import type { ChartOption } from '../charts/echarts-setup.ts';
import type { I18n } from '../i18n/create-i18n.ts';

const axisLabel = { color: '#475569' };

/** Names come from imported files; ECharts tooltips render HTML, so escape them. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Monthly quantity as bars and revenue as a line on a second axis. */
export function monthlySalesOption(overview: Overview, i18n: I18n): ChartOption {
  const { t } = i18n;
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [t.overview.quantity, t.overview.revenue], top: 0 },
    grid: { left: 56, right: 64, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: overview.salesByMonth.map((row) => row.month), axisLabel },
    yAxis: [
      { type: 'value', name: t.overview.quantity, axisLabel: { ...axisLabel, formatter: i18n.compact } },
      {
        type: 'value',
        name: t.overview.revenue,
        axisLabel: { ...axisLabel, formatter: i18n.compact },
        splitLine: { show: false },
      },
    ],
    series: [
      { name: t.overview.quantity, type: 'bar', data: overview.salesByMonth.map((row) => row.quantity) },
      {
        name: t.overview.revenue,
        type: 'line',
        yAxisIndex: 1,
        smooth: true,
        data: overview.salesByMonth.map((row) => row.revenue),
      },
    ],
  };
}

/** Top SKUs by revenue (the server's order) as horizontal bars, largest on top; quantity in the tooltip. */
export function topSkusOption(overview: Overview, i18n: I18n): ChartOption {
  const { t } = i18n;
  const rows = [...overview.topSkus].reverse();
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const row = rows[first?.dataIndex ?? -1];
        if (row === undefined) return '';
        const title = row.name === '' ? row.sku : `${row.sku} ${row.name}`;
        return `${escapeHtml(title)}<br/>${t.overview.revenue}: ${i18n.number(row.revenue)}<br/>${t.overview.quantity}: ${i18n.number(row.quantity)}`;
      },
    },
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', axisLabel: { ...axisLabel, formatter: i18n.compact } },
    yAxis: {
      type: 'category',
      data: rows.map((row) => (row.name === '' ? row.sku : `${row.sku} ${row.name}`)),
      axisLabel: { ...axisLabel, width: 160, overflow: 'truncate' },
    },
    series: [
      { name: t.overview.revenue, type: 'bar', data: rows.map((row) => row.revenue), barMaxWidth: 18 },
    ],
  };
}

/** Inventory value per category as a ring chart. */
export function inventoryByCategoryOption(overview: Overview, i18n: I18n): ChartOption {
  return {
    tooltip: {
      trigger: 'item',
      valueFormatter: (value) => (typeof value === 'number' ? i18n.number(value) : String(value)),
    },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [
      {
        name: i18n.t.overview.kpiInventoryValue,
        type: 'pie',
        radius: ['40%', '70%'],
        center: ['38%', '50%'],
        label: { show: false },
        data: overview.categories.map((row) => ({ name: row.category, value: row.inventoryValue })),
      },
    ],
  };
}
