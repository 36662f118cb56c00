import type { ErrorCode, JoinInfo, JoinResponse } from '@aquarium/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../state/useT';
import { ApiError, joinSession } from '../../net/api';
import { errorKey } from '../../net/socket';
import { PlainLanguageToggle, usePlainLanguagePage } from './now/PhoneSettings';

interface Props {
  code: string;
  info: JoinInfo;
  onJoined: (joined: JoinResponse) => void;
}

/**
 * Optional name and a required stakeholder group, and in small-group sessions with themes an optional theme;
 * nothing else is asked (data minimisation).
 */
export const JoinForm = ({ code, info, onJoined }: Props) => {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [stakeholderGroupId, setStakeholderGroupId] = useState<string | null>(null);
  const [developmentThemeId, setDevelopmentThemeId] = useState('');
  const [missingGroup, setMissingGroup] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | 'network' | null>(null);
  const firstRadio = useRef<HTMLInputElement>(null);
  const sending = useRef(false);
  usePlainLanguagePage(info.plainLanguage);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!stakeholderGroupId) {
      setMissingGroup(true);
      firstRadio.current?.focus();
      return;
    }
    if (sending.current) return; // a double tap joins once
    sending.current = true;
    setBusy(true);
    setFailure(null);
    try {
      const displayName = name.trim();
      onJoined(
        await joinSession({
          code,
          stakeholderGroupId,
          ...(displayName ? { displayName } : {}),
          ...(developmentThemeId ? { developmentThemeId } : {}),
        }),
      );
    } catch (err) {
      setFailure(err instanceof ApiError ? err.code : 'network');
      setBusy(false);
      sending.current = false;
    }
  };

  return (
    <div className="page page--narrow">
      <h1>{t('phone.joinTitle', { title: info.title })}</h1>
      <PlainLanguageToggle />
      <form className="join-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('phone.nameLabel')}</label>
          <p id={`${id}-name-hint`} className="hint">
            {t('phone.nameHint')}
          </p>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={60}
            autoComplete="nickname"
            aria-describedby={`${id}-name-hint`}
          />
        </div>
        <fieldset className="field radio-list" aria-describedby={missingGroup ? `${id}-group-error` : undefined}>
          <legend>{t('phone.groupLegend')}</legend>
          {missingGroup ? (
            <p id={`${id}-group-error`} className="field-error" role="alert">
              {t('phone.groupRequired')}
            </p>
          ) : null}
          {info.stakeholderGroups.map((g, i) => (
            <label key={g.id} className="radio-list__item">
              <input
                ref={i === 0 ? firstRadio : undefined}
                type="radio"
                name={`${id}-group`}
                value={g.id}
                checked={stakeholderGroupId === g.id}
                required
                onChange={() => {
                  setStakeholderGroupId(g.id);
                  setMissingGroup(false);
                }}
              />
              <span>{g.name}</span>
            </label>
          ))}
        </fieldset>
        {info.developmentThemes.length > 0 ? (
          <fieldset className="field radio-list" aria-describedby={`${id}-theme-hint`}>
            <legend>{t('phone.developmentThemeLegend')}</legend>
            <p id={`${id}-theme-hint`} className="hint">
              {t('phone.developmentThemeHint')}
            </p>
            {[...info.developmentThemes, { id: '', name: t('phone.developmentThemeNone') }].map((developmentTheme) => (
              <label key={developmentTheme.id} className="radio-list__item">
                <input
                  type="radio"
                  name={`${id}-development-theme`}
                  value={developmentTheme.id}
                  checked={developmentThemeId === developmentTheme.id}
                  onChange={() => setDevelopmentThemeId(developmentTheme.id)}
                />
                <span>{developmentTheme.name}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        {failure ? (
          <p className="field-error" role="alert">
            {failure === 'network' ? t('error.network') : t(errorKey(failure))}
          </p>
        ) : null}
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t('phone.joining') : t('phone.join')}
        </button>
      </form>
    </div>
  );
};
