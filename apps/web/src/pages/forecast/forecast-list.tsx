/** Every forecast SKU, filterable by pattern, class and intermittency, sortable, paged. */
import type { ForecastListQuery, ForecastPortfolio } from '@zhizao/contract';
import { type ReactNode, useState } from 'react';
import { useApi } from '../../api/use-api.ts';
import { LoadError, Loading } from '../../components/load-state.tsx';
import { OffsetPager } from '../../components/pager.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { SummaryTable } from './summary-table.tsx';

const pageSize = 25;
const patterns = ['smooth', 'erratic', 'intermittent', 'lumpy', 'none'] as const;
const sorts = ['revenue', 'mase', 'smape', 'sku'] as const;
type Sort = ForecastListQuery['sort'];

function isSort(value: string): value is Sort {
  return (sorts as readonly string[]).includes(value);
}

/** The portfolio's SKU list over GET /api/forecasts. */
export function ForecastList(props: { readonly onSelect: (sku: string) => void }): ReactNode {
  const { t } = useI18n();
  const [sort, setSort] = useState<Sort>('revenue');
  const [pattern, setPattern] = useState('');
  const [intermittentOnly, setIntermittentOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const query = new URLSearchParams({ sort, limit: String(pageSize), offset: String(offset) });
  if (pattern !== '') query.set('pattern', pattern);
  if (intermittentOnly) query.set('intermittent', 'true');
  const page = useApi<ForecastPortfolio>(`/api/forecasts?${query.toString()}`, { keepPrevious: true });
  const sortLabels: Readonly<Record<Sort, string>> = {
    revenue: t.forecast.sortRevenue,
    mase: t.forecast.sortMase,
    smape: t.forecast.sortSmape,
    sku: t.forecast.sortSku,
  };
  return (
    <section className="card" data-testid="forecast-list">
      <div className="card-heading">
        <h3>{t.forecast.listTitle}</h3>
        <div className="actions">
          <label className="inline-field">
            {t.forecast.sort}
            <select
              value={sort}
              onChange={(event) => {
                if (isSort(event.target.value)) setSort(event.target.value);
                setOffset(0);
              }}
            >
              {sorts.map((value) => (
                <option key={value} value={value}>
                  {sortLabels[value]}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            {t.forecast.filterPattern}
            <select
              value={pattern}
              onChange={(event) => {
                setPattern(event.target.value);
                setOffset(0);
              }}
              data-testid="forecast-filter-pattern"
            >
              <option value="">{t.forecast.filterAll}</option>
              {patterns.map((value) => (
                <option key={value} value={value}>
                  {t.forecast.patterns[value]}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            <input
              type="checkbox"
              checked={intermittentOnly}
              onChange={(event) => {
                setIntermittentOnly(event.target.checked);
                setOffset(0);
              }}
              data-testid="forecast-filter-intermittent"
            />
            {t.forecast.filterIntermittent}
          </label>
        </div>
      </div>
      {page.error !== null && <LoadError error={page.error} onRetry={page.reload} />}
      {page.data === null ? (
        page.error === null && <Loading />
      ) : page.data.items.length === 0 ? (
        <p className="empty">{t.demand.noItems}</p>
      ) : (
        <>
          <SummaryTable rows={page.data.items} onSelect={props.onSelect} testId="forecast-table" />
          <OffsetPager
            offset={offset}
            pageSize={pageSize}
            shown={page.data.items.length}
            total={page.data.total}
            onOffset={setOffset}
          />
        </>
      )}
    </section>
  );
}
