import { useRef } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';

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

/** A button for a destructive action, confirmed in a modal dialog first. */
export const ConfirmButton = ({
  label,
  title,
  body,
  confirm,
  onConfirm,
  className = 'button--danger',
  small = true,
}: Props) => {
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
      <ConfirmDialog dialogRef={dialog} title={title} body={body} confirm={confirm} onConfirm={onConfirm} />
    </>
  );
};
