/** The overview page: plant-wide KPIs and sales / inventory charts. */
import type { Overview } from '@zhizao/contract';
import { type ReactNode, useMemo } from 'react';
import { useApi } from '../api/use-api.ts';
import { EChart } from '../charts/echart.tsx';
import { KpiCard } from '../components/kpi-card.tsx';
import { LoadError, Loading } from '../components/load-state.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { DemoPanel } from './demo-panel.tsx';
import { inventoryByCategoryOption, monthlySalesOption, topSkusOption } from './overview-charts.ts';

function isEmpty(overview: Overview): boolean {
  return overview.counts.skus === 0 && overview.counts.salesRows === 0 && overview.counts.machines === 0;
}

function OverviewBody(props: { readonly overview: Overview }): ReactNode {
  const i18n = useI18n();
  const { t, number, compact } = i18n;
  const { overview } = props;
  const { counts } = overview;
  const empty = isEmpty(overview);
  const monthly = useMemo(() => monthlySalesOption(overview, i18n), [overview, i18n]);
  const top = useMemo(() => topSkusOption(overview, i18n), [overview, i18n]);
  const categories = useMemo(() => inventoryByCategoryOption(overview, i18n), [overview, i18n]);
  return (
    <>
      {overview.salesRange !== null && (
        <p className="muted">
          {i18n.fill(t.overview.salesRange, {
            from: i18n.date(overview.salesRange.from),
            to: i18n.date(overview.salesRange.to),
          })}
        </p>
      )}
      <div className="kpi-grid">
        <KpiCard id="skus" label={t.overview.kpiSkus} value={number(counts.skus)} />
        <KpiCard
          id="sales-rows"
          label={t.overview.kpiSalesRows}
          value={compact(counts.salesRows)}
          exact={number(counts.salesRows)}
        />
        <KpiCard id="machines" label={t.overview.kpiMachines} value={number(counts.machines)} />
        <KpiCard id="tags" label={t.overview.kpiTags} value={number(counts.tags)} />
        <KpiCard
          id="telemetry"
          label={t.overview.kpiTelemetry}
          value={compact(counts.telemetryPoints)}
          exact={number(counts.telemetryPoints)}
        />
        <KpiCard
          id="inventory-value"
          label={t.overview.kpiInventoryValue}
          value={compact(overview.inventoryValue)}
          exact={number(overview.inventoryValue)}
        />
      </div>
      {empty ? null : (
        <div className="chart-grid">
          {overview.salesByMonth.length > 0 && (
            <section className="card card-wide">
              <h3>{t.overview.monthlySales}</h3>
              <EChart option={monthly} label={t.overview.monthlySales} testId="chart-monthly" />
            </section>
          )}
          {overview.topSkus.length > 0 && (
            <section className="card">
              <h3>{t.overview.topSkus}</h3>
              <EChart option={top} label={t.overview.topSkus} testId="chart-top-skus" />
            </section>
          )}
          {overview.categories.length > 0 && (
            <section className="card">
              <h3>{t.overview.inventoryByCategory}</h3>
              <EChart option={categories} label={t.overview.inventoryByCategory} testId="chart-categories" />
            </section>
          )}
        </div>
      )}
    </>
  );
}

/** The overview page. */
export default function OverviewPage(): ReactNode {
  const { t } = useI18n();
  const overview = useApi<Overview>('/api/overview');
  return (
    <div className="page">
      <h2>{t.overview.title}</h2>
      <DemoPanel empty={overview.data !== null && isEmpty(overview.data)} />
      {overview.error !== null && <LoadError error={overview.error} onRetry={overview.reload} />}
      {overview.data === null ? (
        overview.error === null && <Loading />
      ) : (
        <OverviewBody overview={overview.data} />
      )}
    </div>
  );
}
