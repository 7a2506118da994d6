/** One SKU's plan: key figures, what it was computed from, and the projected stock band chart. */
import type { PlanDetail } from '@zhizao/contract';
import { type ReactNode, useMemo } from 'react';
import { useApi } from '../../api/use-api.ts';
import { EChart } from '../../charts/echart.tsx';
import { LoadError, Loading } from '../../components/load-state.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { displayNumber, stockBandOption } from './plan-chart-options.ts';

/** How the order quantity was set: the EOQ with its inputs, or days of demand (nothing for plans with a problem). */
function QuantityRule(props: { readonly plan: PlanDetail }): ReactNode {
  const { t, fill, number } = useI18n();
  const r = t.replenishment;
  const { plan } = props;
  const { inputs } = plan;
  const show = (value: number | null, digits = 2): string => displayNumber(value, (v) => number(v, digits));
  const common = {
    quantity: show(plan.orderQuantity, 0),
    moq: show(inputs.moq, 0),
    pack: show(inputs.packSize, 0),
  };
  const text =
    plan.quantityRule === 'eoq'
      ? fill(r.quantityRuleEoq, {
          ...common,
          eoq: show(plan.eoqQuantity),
          demand: show(inputs.annualDemand, 0),
          cost: show(inputs.orderCost),
          // One decimal: whole percents would hide a 27.5% rate.
          rate: displayNumber(inputs.holdingRate, (v) => `${number(v * 100, 1)}%`),
          unitCost: show(inputs.unitCost),
        })
      : plan.quantityRule === 'days-of-demand'
        ? fill(r.quantityRuleDays, { ...common, days: inputs.cycleDays })
        : null;
  if (text === null) return null;
  return (
    <p data-testid="plan-quantity-rule" data-rule={plan.quantityRule}>
      {text}
    </p>
  );
}

/** The plan of `sku` with its chart. */
export function PlanDetailView(props: { readonly sku: string }): ReactNode {
  const { t, fill, number, percent, dateTime } = useI18n();
  const r = t.replenishment;
  const plan = useApi<PlanDetail>(`/api/plans/${encodeURIComponent(props.sku)}`);
  const option = useMemo(
    () =>
      plan.data === null
        ? null
        : stockBandOption(plan.data, { band: r.band, median: r.median, reorderPoint: r.reorderLine }),
    [plan.data, r],
  );
  if (plan.error !== null) return <LoadError error={plan.error} onRetry={plan.reload} />;
  if (plan.data === null || option === null) return <Loading />;
  const p = plan.data;
  const money = (value: number | null): string => displayNumber(value, (v) => number(v, 2));
  const facts: [string, string][] = [
    [r.orderQuantity, displayNumber(p.orderQuantity, (v) => number(v, 0))],
    [r.stockoutRisk, displayNumber(p.stockoutRisk, percent)],
    [r.valueAtRisk, money(p.valueAtRisk)],
    [r.excessValue, money(p.excessValue)],
    [r.fillRate, displayNumber(p.expectedFillRate, percent)],
    [r.cycleService, displayNumber(p.expectedCycleService, percent)],
  ];
  return (
    <section className="card" data-testid="plan-detail">
      <h3>{fill(r.detailTitle, { sku: p.sku })}</h3>
      {p.problem !== null && (
        <div className="alert alert-error" role="alert" data-testid="plan-detail-problem">
          {p.problem.message}
        </div>
      )}
      {p.note !== null && (
        <p className="muted" data-testid="plan-note">
          {p.note}
        </p>
      )}
      <dl className="kpi-grid">
        {facts.map(([label, value]) => (
          <div className="kpi" key={label}>
            <dt className="kpi-label">{label}</dt>
            <dd className="kpi-value">{value}</dd>
          </div>
        ))}
      </dl>
      {p.projection.length > 0 && (
        <EChart
          option={option}
          label={fill(r.detailTitle, { sku: p.sku })}
          testId="chart-stock-band"
          height={300}
        />
      )}
      <QuantityRule plan={p} />
      <p className="muted">
        {fill(r.computedFrom, {
          time: dateTime(p.inputs.computedAt),
          fingerprint: p.inputs.forecastFingerprint?.slice(0, 12) ?? r.noFingerprint,
          lead: p.inputs.leadTimeDays ?? '—',
          moq: p.inputs.moq ?? '—',
          pack: p.inputs.packSize ?? '—',
        })}
      </p>
    </section>
  );
}
