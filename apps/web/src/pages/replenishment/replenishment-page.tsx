/** Replenishment: per-SKU plans with projected stock, exceptions, and the service-vs-inventory trade-off. */
import { type ReactNode, useState } from 'react';
import { Tabs } from '../../components/tabs.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ExceptionsList } from './exceptions-list.tsx';
import { PlanDetailView } from './plan-detail.tsx';
import { PlanTable } from './plan-table.tsx';
import { TradeoffView } from './tradeoff-view.tsx';

type View = 'plans' | 'exceptions' | 'tradeoff';

/** The replenishment page. */
export default function ReplenishmentPage(): ReactNode {
  const { t } = useI18n();
  const r = t.replenishment;
  const [view, setView] = useState<View>('plans');
  const [sku, setSku] = useState<string | null>(null);
  const open = (next: string): void => {
    setSku(next);
    setView('plans');
  };
  return (
    <div className="page" data-testid="replenishment-page">
      <h2>{r.title}</h2>
      <Tabs<View>
        current={view}
        onChange={setView}
        tabs={[
          { id: 'plans', label: r.tabPlans },
          { id: 'exceptions', label: r.tabExceptions },
          { id: 'tradeoff', label: r.tabTradeoff },
        ]}
      />
      {view === 'plans' && (
        <>
          <PlanTable selectedSku={sku} onSelect={setSku} />
          {sku === null ? <p className="muted">{r.pickSku}</p> : <PlanDetailView sku={sku} />}
        </>
      )}
      {view === 'exceptions' && <ExceptionsList onSelect={open} />}
      {view === 'tradeoff' && <TradeoffView />}
    </div>
  );
}
