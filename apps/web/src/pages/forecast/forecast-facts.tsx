/** The provenance and accuracy of one SKU's forecast: model, parameters, backtest, data fingerprint. */
import type { ForecastDetail } from '@zhizao/contract';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';

function Fact(props: {
  readonly label: string;
  readonly children: ReactNode;
  readonly title?: string;
}): ReactNode {
  return (
    <>
      <dt title={props.title}>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

function formatParameter(value: number | string | boolean, format: (value: number) => string): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : format(value);
  return String(value);
}

/** Model card and backtest card side by side. */
export function ForecastFacts(props: { readonly detail: ForecastDetail }): ReactNode {
  const { t, fill, number, percent, date, dateTime } = useI18n();
  const { summary, params } = props.detail;
  const backtest = summary.backtest;
  const metric = (value: number | null, digits = 2): string => (value === null ? '—' : number(value, digits));
  const share = (value: number | null): string => (value === null ? '—' : percent(value));
  const parameterText = Object.entries(params)
    .map(([key, value]) => `${key} = ${formatParameter(value, (v) => number(v, 3))}`)
    .join(', ');
  return (
    <div className="fact-grid">
      <section className="card" data-testid="forecast-model">
        <dl className="facts">
          <Fact label={t.forecast.model}>
            <strong data-testid="forecast-model-name">{summary.model}</strong>
          </Fact>
          <Fact label={t.forecast.parameters}>
            <code data-testid="forecast-params">{parameterText === '' ? '—' : parameterText}</code>
          </Fact>
          <Fact label={t.forecast.season}>{number(props.detail.season)}</Fact>
          <Fact label={t.forecast.historyRange}>
            {date(summary.historyStart)} – {date(summary.historyEnd)}
          </Fact>
          <Fact label={t.forecast.horizon}>{fill(t.forecast.days, { count: summary.horizon })}</Fact>
          <Fact label={t.forecast.forecastTotal}>{number(summary.forecastTotal, 1)}</Fact>
          <Fact label={t.forecast.pattern}>
            {t.forecast.patterns[summary.pattern]}
            {summary.intermittent && <span className="chip chip-warn">{t.forecast.intermittent}</span>}
          </Fact>
          <Fact label={t.forecast.classes}>
            <span className="chip">{summary.abc}</span>
            <span className="chip">{summary.xyz}</span>
          </Fact>
          <Fact label={t.forecast.createdAt}>{dateTime(summary.createdAt)}</Fact>
          <Fact label={t.forecast.fingerprint}>
            <code className="fingerprint" title={props.detail.fingerprint} data-testid="forecast-fingerprint">
              {props.detail.fingerprint.slice(0, 16)}…
            </code>
          </Fact>
        </dl>
      </section>
      <section className="card" data-testid="forecast-backtest">
        <h3>{t.forecast.backtest}</h3>
        {backtest === null ? (
          <p className="muted">{t.forecast.backtestNone}</p>
        ) : (
          <>
            <p className="muted">
              {fill(t.forecast.backtestFolds, { folds: backtest.folds, horizon: backtest.horizon })}
            </p>
            <dl className="facts">
              <Fact label={t.forecast.mase} title={t.forecast.maseHint}>
                <strong data-testid="forecast-mase">{metric(backtest.mase)}</strong>
              </Fact>
              <Fact label={t.forecast.rmsse}>{metric(backtest.rmsse)}</Fact>
              <Fact label={t.forecast.smape}>
                {backtest.smape === null ? '—' : `${number(backtest.smape, 1)}%`}
              </Fact>
              <Fact label={t.forecast.coverage80}>
                {share(backtest.coverage80)}{' '}
                <span className="muted">{fill(t.forecast.ideal, { value: percent(0.8) })}</span>
              </Fact>
              <Fact label={t.forecast.coverage95}>
                {share(backtest.coverage95)}{' '}
                <span className="muted">{fill(t.forecast.ideal, { value: percent(0.95) })}</span>
              </Fact>
            </dl>
          </>
        )}
      </section>
    </div>
  );
}
