import { useId, useRef } from 'react';
import { useT } from '../../i18n/useT';

interface Props {
  label: string;
  title: string;
  body: string;
  confirm: string;
  onConfirm: () => void;
  className?: string;
  /** The small button size of lists and cards; the console's main actions use the full size. */
  small?: boolean;
}

/** A destructive action confirmed in a native modal dialog (focus is trapped; Esc cancels). */
export const ConfirmButton = ({
  label,
  title,
  body,
  confirm,
  onConfirm,
  className = 'button--danger',
  small = true,
}: Props) => {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        className={`button ${small ? 'button--small ' : ''}${className}`}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-body`}>{body}</p>
        <div className="button-row">
          <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirm}
          </button>
        </div>
      </dialog>
    </>
  );
};
