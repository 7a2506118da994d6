/** The item master as a searchable, paged table; a SKU click selects the item. */
import type { ItemList } from '@zhizao/contract';
import { type ReactNode, useEffect, useState } from 'react';
import { useApi } from '../api/use-api.ts';
import { LoadError, Loading } from '../components/load-state.tsx';
import { OffsetPager } from '../components/pager.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

const pageSize = 20;
const searchDelayMilliseconds = 250;

/** Props of ItemTable. */
export interface ItemTableProps {
  readonly selectedSku: string | null;
  readonly onSelect: (sku: string) => void;
}

/** Search box, table and pager over GET /api/items. */
export function ItemTable(props: ItemTableProps): ReactNode {
  const { t, number } = useI18n();
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      setSearch(searchText.trim());
      setOffset(0);
    }, searchDelayMilliseconds);
    return () => window.clearTimeout(timer);
  }, [searchText]);

  const query = new URLSearchParams({ search, limit: String(pageSize), offset: String(offset) });
  const items = useApi<ItemList>(`/api/items?${query.toString()}`, { keepPrevious: true });
  const list = items.data;
  const money = (value: number | null): string => (value === null ? '—' : number(value, 2));

  return (
    <section className="card">
      <input
        type="search"
        className="search"
        placeholder={t.demand.search}
        aria-label={t.demand.search}
        value={searchText}
        onChange={(event) => setSearchText(event.target.value)}
        data-testid="item-search"
      />
      {items.error !== null && <LoadError error={items.error} onRetry={items.reload} />}
      {list === null ? (
        items.error === null && <Loading />
      ) : list.items.length === 0 ? (
        <p className="empty">{search === '' ? t.common.noData : t.demand.noItems}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table" data-testid="item-table">
              <thead>
                <tr>
                  <th>{t.demand.sku}</th>
                  <th>{t.demand.name}</th>
                  <th>{t.demand.category}</th>
                  <th className="numeric">{t.demand.unitCost}</th>
                  <th className="numeric">{t.demand.price}</th>
                  <th>{t.demand.supplier}</th>
                  <th className="numeric">{t.demand.leadTime}</th>
                  <th className="numeric">{t.demand.onHand}</th>
                  <th className="numeric">{t.demand.onOrder}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((item) => (
                  <tr key={item.sku} className={item.sku === props.selectedSku ? 'selected' : undefined}>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => props.onSelect(item.sku)}
                        data-testid={`sku-${item.sku}`}
                      >
                        {item.sku}
                      </button>
                    </td>
                    <td>{item.name}</td>
                    <td>{item.category}</td>
                    <td className="numeric">{money(item.unitCost)}</td>
                    <td className="numeric">{money(item.price)}</td>
                    <td>{item.supplier}</td>
                    <td className="numeric">{number(item.leadTimeDays)}</td>
                    <td className="numeric">{number(item.onHand)}</td>
                    <td className="numeric">{number(item.onOrder)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <OffsetPager
            offset={offset}
            pageSize={pageSize}
            shown={list.items.length}
            total={list.total}
            onOffset={setOffset}
          />
        </>
      )}
    </section>
  );
}
