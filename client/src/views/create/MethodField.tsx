import { Method, type SessionSetup } from '@aquarium/shared';
import { useId, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { planIsDefault } from './methodPlan';

interface Props {
  setup: SessionSetup;
  onChange: (method: Method) => void;
}

/**
 * The method. Switching replaces the plan with the new method's default one: at once while the plan is
 * untouched, after a confirmation when the facilitator has edited it.
 */
export const MethodField = ({ setup, onChange }: Props) => {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const [pending, setPending] = useState<Method | null>(null);

  const choose = (method: Method) => {
    if (method === setup.method) return;
    if (planIsDefault(setup)) return onChange(method);
    setPending(method);
    dialog.current?.showModal();
  };
  const close = () => {
    dialog.current?.close();
    setPending(null);
    select.current?.focus();
  };

  return (
    <div className="field">
      <label htmlFor={`${id}-method`}>{t('create.method')}</label>
      <select
        ref={select}
        id={`${id}-method`}
        value={setup.method}
        aria-describedby={`${id}-method-hint`}
        onChange={(e) => choose(Method.parse(e.target.value))}
      >
        <option value="aquarium">{t('create.methodAquarium')}</option>
        <option value="smallGroups">{t('create.methodSmallGroups')}</option>
      </select>
      <p id={`${id}-method-hint`} className="hint">
        {setup.method === 'smallGroups' ? t('create.methodHintSmallGroups') : t('create.methodHintAquarium')}
      </p>
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby={`${id}-confirm-title`}
        aria-describedby={`${id}-confirm-body`}
        onClose={() => setPending(null)}
      >
        <h2 id={`${id}-confirm-title`}>{t('create.methodConfirmTitle')}</h2>
        <p id={`${id}-confirm-body`}>{t('create.methodConfirmBody')}</p>
        <div className="button-row">
          <button type="button" className="button" autoFocus onClick={close}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              if (pending) onChange(pending);
              close();
            }}
          >
            {t('create.methodConfirm')}
          </button>
        </div>
      </dialog>
    </div>
  );
};
