/** A modal confirmation built on the native <dialog> element. */
import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Props of ConfirmDialog. */
export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Shows a modal asking to confirm a destructive action. */
export function ConfirmDialog(props: ConfirmDialogProps): ReactNode {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog ref={ref} className="dialog" onCancel={props.onCancel} data-testid="confirm-dialog">
      <h3>{props.title}</h3>
      <p>{props.body}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onCancel}>
          {t.common.cancel}
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={props.onConfirm}
          data-testid="confirm-ok"
        >
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
