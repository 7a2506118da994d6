/** The service-vs-inventory trade-off curve with a slider to choose the target and recompute every plan. */
import type { PlanList, PlanRunResult, ServiceKind, Tradeoff } from '@zhizao/contract';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { apiRequest, errorMessage } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { EChart } from '../../charts/echart.tsx';
import { useBumpDataVersion } from '../../components/data-version.tsx';
import { LoadError, Loading } from '../../components/load-state.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { tradeoffOption } from './plan-chart-options.ts';

/** The trade-off chart, the target slider and the recompute button. */
export function TradeoffView(): ReactNode {
  const { t, fill, number, compact } = useI18n();
  const r = t.replenishment;
  const bump = useBumpDataVersion();
  const [kind, setKind] = useState<ServiceKind>('fill-rate');
  const [index, setIndex] = useState(4);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tradeoff = useApi<Tradeoff>(`/api/plans/tradeoff?kind=${kind}`);
  const points = tradeoff.data?.points ?? [];
  // Start the slider at the target the stored plans were computed with.
  const current = useApi<PlanList>('/api/plans?pageSize=1').data?.items[0]?.target;
  const [synced, setSynced] = useState(false);
  useEffect(() => {
    if (synced || current === undefined || points.length === 0) return;
    setSynced(true);
    setKind(current.kind);
    const nearest = points.findIndex((point) => point.level >= current.level - 1e-9);
    setIndex(nearest < 0 ? points.length - 1 : nearest);
  }, [synced, current, points]);
  const chosen = points[Math.min(index, points.length - 1)];
  const option = useMemo(
    () =>
      tradeoff.data === null
        ? null
        : tradeoffOption(tradeoff.data, chosen?.level ?? 0, {
            inventoryValue: r.inventoryValue,
            safetyStockValue: r.safetyStockValue,
            percent: (f) => `${(f * 100).toFixed(1)}%`,
            money: compact,
          }),
    [tradeoff.data, chosen, r, compact],
  );
  if (tradeoff.error !== null) return <LoadError error={tradeoff.error} onRetry={tradeoff.reload} />;
  if (tradeoff.data === null || option === null) return <Loading />;
  const apply = (): void => {
    if (chosen === undefined) return;
    setBusy(true);
    setMessage(null);
    apiRequest<PlanRunResult>('/api/plans/run', {
      method: 'POST',
      body: { target: { kind, level: chosen.level } },
    })
      .then((result) => {
        setMessage(
          fill(r.applied, {
            skus: result.skus,
            seconds: number(result.milliseconds / 1000, 1),
            problems: result.problems,
          }),
        );
        bump();
      })
      .catch((error: unknown) => setMessage(fill(r.runFailed, { message: errorMessage(error) })))
      .finally(() => setBusy(false));
  };
  return (
    <section className="card">
      <h3>{r.tradeoffTitle}</h3>
      <label>
        {r.serviceKind}{' '}
        <select
          value={kind}
          onChange={(event) => setKind(event.target.value as ServiceKind)}
          data-testid="tradeoff-kind"
        >
          <option value="fill-rate">{r.kinds['fill-rate']}</option>
          <option value="cycle-service-level">{r.kinds['cycle-service-level']}</option>
        </select>
      </label>
      <EChart option={option} label={r.tradeoffTitle} testId="chart-tradeoff" height={300} />
      <div className="toolbar">
        <input
          type="range"
          min={0}
          max={Math.max(0, points.length - 1)}
          value={Math.min(index, points.length - 1)}
          onChange={(event) => setIndex(Number(event.target.value))}
          data-testid="tradeoff-slider"
          aria-label={r.serviceKind}
        />
        <span data-testid="tradeoff-chosen">
          {fill(r.chooseTarget, {
            level: chosen === undefined ? '—' : `${(chosen.level * 100).toFixed(1)}%`,
          })}
          {chosen !== undefined && ` · ${r.inventoryValue} ${number(chosen.inventoryValue)}`}
        </span>
        <button type="button" className="button" disabled={busy} onClick={apply} data-testid="tradeoff-apply">
          {busy ? r.applying : r.apply}
        </button>
      </div>
      {message !== null && (
        <p className="muted" data-testid="tradeoff-message">
          {message}
        </p>
      )}
    </section>
  );
}
