/** A table of forecast summaries (worst SKUs, the portfolio list); a SKU click opens its forecast. */
import type { ForecastSummary } from '@zhizao/contract';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** Props of SummaryTable. */
export interface SummaryTableProps {
  readonly rows: readonly ForecastSummary[];
  readonly onSelect: (sku: string) => void;
  readonly testId: string;
}

/** SKU, model, pattern (intermittent flagged), classes, revenue and backtest figures. */
export function SummaryTable(props: SummaryTableProps): ReactNode {
  const { t, number, compact } = useI18n();
  const metric = (value: number | null | undefined): string =>
    value === null || value === undefined ? '—' : number(value, 2);
  return (
    <div className="table-scroll">
      <table className="table" data-testid={props.testId}>
        <thead>
          <tr>
            <th>{t.demand.sku}</th>
            <th>{t.demand.name}</th>
            <th>{t.forecast.model}</th>
            <th>{t.forecast.pattern}</th>
            <th>{t.forecast.classes}</th>
            <th className="numeric">{t.forecast.revenue}</th>
            <th className="numeric">{t.forecast.mase}</th>
            <th className="numeric">{t.forecast.smape}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.sku} data-testid={`forecast-row-${row.sku}`}>
              <td>
                <button type="button" className="link-button" onClick={() => props.onSelect(row.sku)}>
                  {row.sku}
                </button>
              </td>
              <td>{row.name ?? ''}</td>
              <td>{row.model}</td>
              <td>
                {t.forecast.patterns[row.pattern]}
                {row.intermittent && (
                  <span className="chip chip-warn" data-testid="intermittent-flag">
                    {t.forecast.intermittent}
                  </span>
                )}
              </td>
              <td>
                {row.abc}
                {row.xyz}
              </td>
              <td className="numeric" title={number(row.revenue, 2)}>
                {compact(row.revenue)}
              </td>
              <td className="numeric">{metric(row.backtest?.mase)}</td>
              <td className="numeric">
                {row.backtest?.smape == null ? '—' : `${number(row.backtest.smape, 1)}%`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
