/** One headline figure on the overview page. */
import type { ReactNode } from 'react';

/** A labelled figure; `exact` is shown as a tooltip when the figure is abbreviated. */
export function KpiCard(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly exact?: string;
}): ReactNode {
  return (
    <div className="kpi" data-testid={`kpi-${props.id}`} title={props.exact}>
      <div className="kpi-label">{props.label}</div>
      <div className="kpi-value">{props.value}</div>
    </div>
  );
}
