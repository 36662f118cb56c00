import type { ErrorCode } from '@aquarium/shared';
import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorKey } from '../../net/socket';
import { useT } from '../../state/useT';
import { failureOf } from './useProject';

interface Props {
  /** The button's words, and its accessible name where several stand on one page. */
  label: string;
  ariaLabel?: string;
  title: string;
  body: string;
  confirm: string;
  testId: string;
  /** Deletes on the server; rejects with the API's error. */
  remove: () => Promise<void>;
  /** After the server has deleted it. */
  onDeleted: () => void;
}

/** A project page's delete button: confirmed in a dialog, then sent; a refusal is said beside the button. */
export const DeleteButton = ({ label, ariaLabel, title, body, confirm, testId, remove, onDeleted }: Props) => {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [outcome, setOutcome] = useState<'busy' | ErrorCode | 'network' | null>(null);

  const run = async () => {
    setOutcome('busy');
    try {
      await remove();
      setOutcome(null);
      onDeleted();
    } catch (err) {
      setOutcome(failureOf(err));
    }
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button--danger-quiet button--small"
        aria-label={ariaLabel}
        disabled={outcome === 'busy'}
        data-testid={testId}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      {outcome && outcome !== 'busy' ? (
        <p className="field-error" role="alert">
          {outcome === 'network' ? t('error.network') : t(errorKey(outcome))}
        </p>
      ) : null}
      <ConfirmDialog
        dialogRef={dialog}
        title={title}
        body={body}
        confirm={confirm}
        onConfirm={() => void run()}
        onClose={() => button.current?.focus()}
      />
    </>
  );
};
