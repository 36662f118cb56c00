import { formatJoinCode, type ErrorCode } from '@aquarium/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../state/useT';
import { deleteSession, errorKey } from '../../../net/socket';
import { useStore } from '../../../state/store';
import { infoPaths, replaceWithInfoPage } from '../../../routing/infoRoutes';
import { confirmsJoinCode } from './validate';

/** The danger zone: deletes the session and all its data now, once the facilitator types the join code. */
export const DeleteSession = () => {
  const t = useT();
  const id = useId();
  const joinCode = useStore((s) => s.session?.joinCode ?? '');
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = confirmsJoinCode(typed, joinCode);
    setMismatch(!ok);
    setFailure(null);
    if (!ok) {
      input.current?.focus();
      return;
    }
    setBusy(true);
    const res = await deleteSession(typed);
    if (res.ok) {
      // No way back to a console whose session no longer exists.
      replaceWithInfoPage(infoPaths.sessionDeleted);
      return;
    }
    setBusy(false);
    setFailure(res.error.code);
  };

  const described = [`${id}-body`, mismatch ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <form className="settings__section settings__danger" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('info.settings.deleteTitle')}</h3>
      <p id={`${id}-body`}>{t('info.settings.deleteBody')}</p>
      <label htmlFor={`${id}-code`}>{t('info.settings.deleteLabel', { code: formatJoinCode(joinCode) })}</label>
      <input
        ref={input}
        id={`${id}-code`}
        className="settings__code"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
        aria-invalid={mismatch}
        aria-describedby={described}
      />
      {mismatch ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('info.settings.deleteMismatch')}
        </p>
      ) : null}
      {failure ? (
        <p className="field-error" role="alert">
          {t(errorKey(failure))}
        </p>
      ) : null}
      <button type="submit" className="button button--danger" disabled={busy}>
        {busy ? t('info.settings.deleting') : t('info.settings.deleteButton')}
      </button>
    </form>
  );
};
