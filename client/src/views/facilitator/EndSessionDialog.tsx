import { useId, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { sendCommand } from '../../net/socket';

/** "End session", confirmed in a modal dialog (native <dialog>: focus is trapped and Esc cancels). */
export const EndSessionButton = () => {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => dialog.current?.showModal()}>
        {t('fac.end')}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
        <h2 id={`${id}-title`}>{t('fac.endConfirmTitle')}</h2>
        <p id={`${id}-body`}>{t('fac.endConfirmBody')}</p>
        <div className="button-row">
          <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              dialog.current?.close();
              void sendCommand('session:end', {});
            }}
          >
            {t('fac.endConfirm')}
          </button>
        </div>
      </dialog>
    </>
  );
};
