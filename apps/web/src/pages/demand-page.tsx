/** Demand & inventory: background forecasting, each SKU's forecast and the portfolio's accuracy. */
import { type ReactNode, useState } from 'react';
import { BuildingNotice } from '../components/notice.tsx';
import { Tabs } from '../components/tabs.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ForecastStatusBar } from './forecast/forecast-status-bar.tsx';
import { ForecastView } from './forecast/forecast-view.tsx';
import { PortfolioView } from './forecast/portfolio-view.tsx';
import { ItemTable } from './item-table.tsx';

type View = 'sku' | 'portfolio';

/** The demand & inventory page. */
export default function DemandPage(): ReactNode {
  const { t } = useI18n();
  const [view, setView] = useState<View>('sku');
  const [sku, setSku] = useState<string | null>(null);
  const open = (next: string): void => {
    setSku(next);
    setView('sku');
  };
  return (
    <div className="page">
      <h2>{t.demand.title}</h2>
      <ForecastStatusBar />
      <Tabs<View>
        current={view}
        onChange={setView}
        tabs={[
          { id: 'sku', label: t.forecast.tabSku },
          { id: 'portfolio', label: t.forecast.tabPortfolio },
        ]}
      />
      {view === 'sku' ? (
        <>
          <ItemTable selectedSku={sku} onSelect={setSku} />
          {sku === null ? <p className="muted">{t.demand.pickSku}</p> : <ForecastView sku={sku} />}
        </>
      ) : (
        <PortfolioView onSelect={open} />
      )}
      <BuildingNotice title={t.demand.noticeTitle} body={t.demand.noticeBody} />
    </div>
  );
}
