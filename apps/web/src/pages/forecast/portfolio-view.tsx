/** The forecast portfolio: headline accuracy, MASE histogram, worst SKUs, ABC/XYZ matrix, patterns, list. */
import type { ForecastPortfolio } from '@zhizao/contract';
import { type ReactNode, useMemo } from 'react';
import { useApi } from '../../api/use-api.ts';
import { EChart } from '../../charts/echart.tsx';
import { KpiCard } from '../../components/kpi-card.tsx';
import { LoadError, Loading } from '../../components/load-state.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { histogram, histogramOption, maseEdges } from './accuracy-histogram.ts';
import { ClassMatrix } from './class-matrix.tsx';
import { ForecastList } from './forecast-list.tsx';
import { SummaryTable } from './summary-table.tsx';

/** The most SKUs the histogram reads in one request (the API's page limit). */
const histogramLimit = 500;

function AccuracyCard(props: { readonly portfolio: ForecastPortfolio }): ReactNode {
  const { t, fill, number } = useI18n();
  const sample = useApi<ForecastPortfolio>(`/api/forecasts?sort=mase&limit=${histogramLimit}`);
  const option = useMemo(() => {
    const values = (sample.data?.items ?? []).flatMap((row) =>
      row.backtest?.mase == null ? [] : [row.backtest.mase],
    );
    return histogramOption(histogram(values, maseEdges), t.forecast.skuCount);
  }, [sample.data, t]);
  const mase = props.portfolio.accuracy.mase;
  const quantile = (value: number | null): string => (value === null ? '—' : number(value, 2));
  return (
    <section className="card" data-testid="accuracy-histogram">
      <h3>{t.forecast.accuracyTitle}</h3>
      {sample.error !== null && <LoadError error={sample.error} onRetry={sample.reload} />}
      {sample.data === null ? (
        sample.error === null && <Loading />
      ) : (
        <EChart option={option} label={t.forecast.accuracyTitle} height={240} testId="chart-accuracy" />
      )}
      <p className="muted small">
        {fill(t.forecast.accuracyNote, {
          p10: quantile(mase.p10),
          p25: quantile(mase.p25),
          median: quantile(mase.median),
          p75: quantile(mase.p75),
          p90: quantile(mase.p90),
        })}
      </p>
    </section>
  );
}

function PatternCard(props: { readonly portfolio: ForecastPortfolio }): ReactNode {
  const { t, number } = useI18n();
  const counts = props.portfolio.classes.pattern;
  const patterns = ['smooth', 'erratic', 'intermittent', 'lumpy', 'none'] as const;
  return (
    <section className="card" data-testid="pattern-counts">
      <h3>{t.forecast.patternTitle}</h3>
      <dl className="facts">
        {patterns.map((pattern) => (
          <div key={pattern} className="fact-row">
            <dt>{t.forecast.patterns[pattern]}</dt>
            <dd>{number(counts[pattern] ?? 0)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function PortfolioBody(props: {
  readonly portfolio: ForecastPortfolio;
  readonly onSelect: (sku: string) => void;
}): ReactNode {
  const { t, number, percent } = useI18n();
  const { portfolio } = props;
  const { accuracy } = portfolio;
  const metric = (value: number | null): string => (value === null ? '—' : number(value, 2));
  const share = (value: number | null): string => (value === null ? '—' : percent(value));
  return (
    <>
      <div className="kpi-grid">
        <KpiCard id="forecasted" label={t.forecast.kpiForecasted} value={number(portfolio.forecasted)} />
        <KpiCard
          id="without-sales"
          label={t.forecast.kpiWithoutSales}
          value={number(portfolio.withoutSales)}
        />
        <KpiCard id="median-mase" label={t.forecast.kpiMedianMase} value={metric(accuracy.mase.median)} />
        <KpiCard
          id="median-smape"
          label={t.forecast.kpiMedianSmape}
          value={accuracy.smape.median === null ? '—' : `${number(accuracy.smape.median, 1)}%`}
        />
        <KpiCard id="coverage80" label={t.forecast.kpiCoverage80} value={share(accuracy.coverage80)} />
        <KpiCard id="coverage95" label={t.forecast.kpiCoverage95} value={share(accuracy.coverage95)} />
        <KpiCard
          id="intermittent"
          label={t.forecast.kpiIntermittent}
          value={number(portfolio.classes.intermittent)}
        />
      </div>
      <div className="chart-grid">
        <AccuracyCard portfolio={portfolio} />
        <ClassMatrix />
        <section className="card card-wide" data-testid="worst-skus">
          <h3>{t.forecast.worstTitle}</h3>
          <SummaryTable rows={portfolio.worst} onSelect={props.onSelect} testId="worst-table" />
        </section>
        <PatternCard portfolio={portfolio} />
      </div>
      <ForecastList onSelect={props.onSelect} />
    </>
  );
}

/** Loads the portfolio summary (GET /api/forecasts with one row; the list pages on its own). */
export function PortfolioView(props: { readonly onSelect: (sku: string) => void }): ReactNode {
  const { t } = useI18n();
  const portfolio = useApi<ForecastPortfolio>('/api/forecasts?limit=1');
  return (
    <div data-testid="forecast-portfolio">
      {portfolio.error !== null && <LoadError error={portfolio.error} onRetry={portfolio.reload} />}
      {portfolio.data === null ? (
        portfolio.error === null && <Loading />
      ) : portfolio.data.forecasted === 0 ? (
        <p className="empty">{t.forecast.portfolioEmpty}</p>
      ) : (
        <PortfolioBody portfolio={portfolio.data} onSelect={props.onSelect} />
      )}
    </div>
  );
}
