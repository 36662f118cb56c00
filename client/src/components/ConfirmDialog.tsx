import { useId, type RefObject } from 'react';
import { useT } from '../state/useT';

interface Props {
  /** The caller opens it with `dialogRef.current.showModal()`. */
  dialogRef: RefObject<HTMLDialogElement>;
  title: string;
  body: string;
  confirm: string;
  /** After the dialog has closed on the confirming button. */
  onConfirm: () => void;
  /** Whenever it closes: cancel, Esc or confirm. */
  onClose?: () => void;
}

/** A destructive step confirmed in a native modal dialog (focus is trapped; Esc and "cancel" back out). */
export const ConfirmDialog = ({ dialogRef, title, body, confirm, onConfirm, onClose }: Props) => {
  const t = useT();
  const id = useId();
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-body`}>{body}</p>
      <div className="button-row">
        <button type="button" className="button" autoFocus onClick={() => dialogRef.current?.close()}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            dialogRef.current?.close();
            onConfirm();
          }}
        >
          {confirm}
        </button>
      </div>
    </dialog>
  );
};
