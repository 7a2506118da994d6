/** Loading and error placeholders shared by every page. */
import type { ReactNode } from 'react';
import { errorMessage } from '../api/api-client.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** A quiet loading line. */
export function Loading(): ReactNode {
  const { t } = useI18n();
  return <p className="muted">{t.common.loading}</p>;
}

/** A failed load, with a retry button. */
export function LoadError(props: { readonly error: unknown; readonly onRetry: () => void }): ReactNode {
  const { t, fill } = useI18n();
  return (
    <div className="alert alert-error" role="alert">
      <span>{fill(t.common.loadFailed, { message: errorMessage(props.error) })}</span>
      <button type="button" className="button" onClick={props.onRetry}>
        {t.common.retry}
      </button>
    </div>
  );
}
