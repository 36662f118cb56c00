import { Method, type SessionSetup } from '@aquarium/shared';
import { useId, useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../state/useT';
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
      <ConfirmDialog
        dialogRef={dialog}
        title={t('create.methodConfirmTitle')}
        body={t('create.methodConfirmBody')}
        confirm={t('create.methodConfirm')}
        onConfirm={() => {
          if (pending) onChange(pending);
        }}
        onClose={() => {
          setPending(null);
          select.current?.focus();
        }}
      />
    </div>
  );
};
