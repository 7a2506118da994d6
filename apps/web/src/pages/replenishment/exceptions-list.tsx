/** Stock-out risks and excess stock, most valuable first; clicking a SKU opens its plan. */
import type { PlanException } from '@zhizao/contract';
import type { ReactNode } from 'react';
import { useApi } from '../../api/use-api.ts';
import { LoadError, Loading } from '../../components/load-state.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { displayNumber } from './plan-chart-options.ts';

/** The exceptions table. */
export function ExceptionsList(props: { readonly onSelect: (sku: string) => void }): ReactNode {
  const { t, number } = useI18n();
  const r = t.replenishment;
  const exceptions = useApi<{ items: PlanException[] }>('/api/plans/exceptions');
  if (exceptions.error !== null) return <LoadError error={exceptions.error} onRetry={exceptions.reload} />;
  if (exceptions.data === null) return <Loading />;
  if (exceptions.data.items.length === 0) return <p className="empty">{r.exceptionsEmpty}</p>;
  return (
    <section className="card">
      <div className="table-scroll">
        <table className="table" data-testid="exception-table">
          <thead>
            <tr>
              <th>{r.sku}</th>
              <th>{r.name}</th>
              <th>{r.problem}</th>
              <th className="numeric">{r.value}</th>
              <th>{r.message}</th>
            </tr>
          </thead>
          <tbody>
            {exceptions.data.items.map((item) => (
              <tr key={`${item.sku}-${item.kind}`} data-testid={`exception-${item.kind}-${item.sku}`}>
                <td>
                  <button type="button" className="link-button" onClick={() => props.onSelect(item.sku)}>
                    {item.sku}
                  </button>
                </td>
                <td>{item.name}</td>
                <td>
                  <span className="badge">{r.kindsException[item.kind]}</span>
                </td>
                <td className="numeric">{displayNumber(item.value, (v) => number(v, 2))}</td>
                <td>{item.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
