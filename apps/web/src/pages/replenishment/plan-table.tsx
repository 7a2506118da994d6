/** The replenishment plan table: search, "due now" filter, paging, export links; clicking a SKU opens it. */
import type { Plan, PlanList } from '@zhizao/contract';
import { type ReactNode, useState } from 'react';
import { useApi } from '../../api/use-api.ts';
import { LoadError, Loading } from '../../components/load-state.tsx';
import { Pager } from '../../components/pager.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { displayNumber } from './plan-chart-options.ts';

const PAGE_SIZE = 25;

function PlanRow(props: {
  readonly plan: Plan;
  readonly selected: boolean;
  readonly onSelect: (sku: string) => void;
}): ReactNode {
  const { t, number, percent, date } = useI18n();
  const r = t.replenishment;
  const { plan } = props;
  const qty = (value: number | null): string => displayNumber(value, (v) => number(v));
  return (
    <tr className={props.selected ? 'selected' : undefined} data-testid={`plan-row-${plan.sku}`}>
      <td>
        <button
          type="button"
          className="link-button"
          onClick={() => props.onSelect(plan.sku)}
          data-testid={`plan-sku-${plan.sku}`}
        >
          {plan.sku}
        </button>
      </td>
      <td>{plan.name}</td>
      <td className="numeric">{qty(plan.onHand)}</td>
      <td className="numeric">{qty(plan.onOrder)}</td>
      {plan.status === 'problem' ? (
        <td colSpan={5} className="muted" data-testid={`plan-problem-${plan.sku}`}>
          {r.problem}: {plan.problem?.message ?? ''}
        </td>
      ) : (
        <>
          <td className="numeric">{qty(plan.reorderPoint)}</td>
          <td className="numeric">{qty(plan.orderUpTo)}</td>
          <td className="numeric">{plan.orderDate === null ? '—' : qty(plan.suggestedQuantity)}</td>
          <td>{plan.orderDate === null ? '—' : date(plan.orderDate)}</td>
          <td className="numeric">{displayNumber(plan.expectedFillRate, percent)}</td>
        </>
      )}
      <td>{r.sources[plan.source]}</td>
    </tr>
  );
}

/** Paged plans, highest value at risk first. */
export function PlanTable(props: {
  readonly selectedSku: string | null;
  readonly onSelect: (sku: string) => void;
}): ReactNode {
  const { t, fill } = useI18n();
  const r = t.replenishment;
  const [search, setSearch] = useState('');
  const [onlyDue, setOnlyDue] = useState(false);
  const [page, setPage] = useState(1);
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE), sort: 'valueAtRisk' });
  if (search !== '') query.set('search', search);
  if (onlyDue) query.set('toOrder', 'true');
  const plans = useApi<PlanList>(`/api/plans?${query.toString()}`, { keepPrevious: true });
  const pages = Math.max(1, Math.ceil((plans.data?.total ?? 0) / PAGE_SIZE));
  return (
    <section className="card">
      <div className="toolbar">
        <input
          className="search"
          placeholder={r.search}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setPage(1);
          }}
          data-testid="plan-search"
        />
        <label>
          <input
            type="checkbox"
            checked={onlyDue}
            onChange={(event) => {
              setOnlyDue(event.target.checked);
              setPage(1);
            }}
            data-testid="plan-only-due"
          />{' '}
          {r.onlyDue}
        </label>
        <a className="button" href="/api/plans/export?format=csv" data-testid="plan-export-csv">
          {r.exportCsv}
        </a>
        <a className="button" href="/api/plans/export?format=xlsx" data-testid="plan-export-xlsx">
          {r.exportXlsx}
        </a>
      </div>
      {plans.error !== null && <LoadError error={plans.error} onRetry={plans.reload} />}
      {plans.data === null ? (
        plans.error === null && <Loading />
      ) : plans.data.total === 0 ? (
        <p className="empty">{r.empty}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table" data-testid="plan-table">
              <thead>
                <tr>
                  <th>{r.sku}</th>
                  <th>{r.name}</th>
                  <th className="numeric">{r.onHand}</th>
                  <th className="numeric">{r.onOrder}</th>
                  <th className="numeric">{r.reorderPoint}</th>
                  <th className="numeric">{r.orderUpTo}</th>
                  <th className="numeric">{r.suggested}</th>
                  <th>{r.orderDate}</th>
                  <th className="numeric">{r.fillRate}</th>
                  <th>{r.source}</th>
                </tr>
              </thead>
              <tbody>
                {plans.data.items.map((plan) => (
                  <PlanRow
                    key={plan.sku}
                    plan={plan}
                    selected={plan.sku === props.selectedSku}
                    onSelect={props.onSelect}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            position={fill(r.page, { page, pages, total: plans.data.total })}
            hasPrevious={page > 1}
            hasNext={page < pages}
            onPrevious={() => setPage(page - 1)}
            onNext={() => setPage(page + 1)}
          />
        </>
      )}
    </section>
  );
}
