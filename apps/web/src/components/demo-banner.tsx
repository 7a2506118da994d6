/** The banner that marks demo data, with the button that removes it. */
import { type ReactNode, useState } from 'react';
import { apiRequest, errorMessage } from '../api/api-client.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';

/** Shown while the server holds demo data; `onRemoved` runs after DELETE /api/demo succeeds. */
export function DemoBanner(props: { readonly onRemoved: () => void }): ReactNode {
  const { t, fill } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const remove = (): void => {
    setConfirming(false);
    setRemoving(true);
    setFailure(null);
    apiRequest<unknown>('/api/demo', { method: 'DELETE' })
      .then(() => props.onRemoved())
      .catch((error: unknown) => setFailure(fill(t.demo.removeFailed, { message: errorMessage(error) })))
      .finally(() => setRemoving(false));
  };

  return (
    <div className="demo-banner" role="status" data-testid="demo-banner">
      <strong className="demo-tag">DEMO</strong>
      <span>{t.demo.banner}</span>
      {failure !== null && <span className="demo-failure">{failure}</span>}
      <button
        type="button"
        className="button button-small"
        disabled={removing}
        onClick={() => setConfirming(true)}
        data-testid="demo-remove"
      >
        {removing ? t.demo.removing : t.demo.remove}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t.demo.confirmTitle}
        body={t.demo.confirmBody}
        confirmLabel={t.demo.confirm}
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
