/** One SKU's forecast: chart with bands, holidays and promotions, then the model and backtest cards. */
import type { ForecastDetail } from '@zhizao/contract';
import { type ReactNode, useMemo, useState } from 'react';
import { ApiError } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { EChart } from '../../charts/echart.tsx';
import { LoadError, Loading } from '../../components/load-state.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { SalesChart } from '../sales-chart.tsx';
import { forecastChartOption } from './forecast-chart-option.ts';
import { ForecastFacts } from './forecast-facts.tsx';
import { PlannedPromotionsCard } from './planned-promotions-card.tsx';

const historyChoices = [90, 180, 365, 730] as const;

/** Loads GET /api/forecasts/:sku; without a forecast yet it shows the plain sales history. */
export function ForecastView(props: { readonly sku: string }): ReactNode {
  const i18n = useI18n();
  const { t, fill, language } = i18n;
  const [historyDays, setHistoryDays] = useState<number>(180);
  const path = `/api/forecasts/${encodeURIComponent(props.sku)}?historyDays=${historyDays}`;
  const detail = useApi<ForecastDetail>(path);
  const option = useMemo(
    () =>
      detail.data === null
        ? null
        : forecastChartOption(detail.data, {
            history: t.forecast.history,
            forecast: t.forecast.forecast,
            band80: t.forecast.band80,
            band95: t.forecast.band95,
            promotion: t.demand.promotion,
            plannedPromotion: t.forecast.plannedPromotion,
            holidayName: (holiday) => (language === 'zh' ? holiday.nameZh : holiday.name),
            axisFormatter: i18n.compact,
          }),
    [detail.data, t, language, i18n.compact],
  );
  const missing = detail.error instanceof ApiError && detail.error.status === 404;
  if (missing) {
    return (
      <>
        <p className="alert" data-testid="forecast-missing">
          {fill(t.forecast.noForecast, { sku: props.sku })}
        </p>
        <SalesChart sku={props.sku} />
      </>
    );
  }
  const title = fill(t.forecast.title, { sku: props.sku });
  return (
    <>
      <section className="card" data-testid="forecast-view">
        <div className="card-heading">
          <h3>{title}</h3>
          <label className="inline-field">
            {t.forecast.historyShown}
            <select
              value={historyDays}
              onChange={(event) => setHistoryDays(Number(event.target.value))}
              data-testid="forecast-history-days"
            >
              {historyChoices.map((days) => (
                <option key={days} value={days}>
                  {fill(t.forecast.days, { count: days })}
                </option>
              ))}
            </select>
          </label>
        </div>
        {detail.error !== null && <LoadError error={detail.error} onRetry={detail.reload} />}
        {detail.data !== null && !detail.data.upToDate && (
          <p className="alert" data-testid="forecast-stale">
            {t.forecast.stale}
          </p>
        )}
        {option === null ? (
          detail.error === null && <Loading />
        ) : (
          <EChart option={option} label={title} height={380} testId="chart-forecast" />
        )}
      </section>
      <PlannedPromotionsCard sku={props.sku} onSaved={detail.reload} />
      {detail.data !== null && <ForecastFacts detail={detail.data} />}
    </>
  );
}
