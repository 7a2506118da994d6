/** A plain "being built" notice: says what will come, shows no numbers. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

/** A boxed notice with a "being built" badge. */
export function BuildingNotice(props: { readonly title: string; readonly body: string }): ReactNode {
  const { t } = useI18n();
  return (
    <section className="notice" data-testid="building-notice">
      <span className="badge">{t.common.inProgress}</span>
      <h3>{props.title}</h3>
      <p>{props.body}</p>
    </section>
  );
}
