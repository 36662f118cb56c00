import { useEffect, useId } from 'react';
import { hasPlainLanguage } from '../../../i18n/plain';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';
import { plainOn } from '../../../state/uiSlice';
import '../../capture/styles';
import { canVibrate, setVibration, useVibration } from './phonePrefs';

/**
 * Plain language shows larger and roomier: a class on the document while a phone view is shown (the session's
 * default, `offered`, applies until the person chooses).
 */
export const usePlainLanguagePage = (offered: boolean | undefined) => {
  const setPlainDefault = useStore((s) => s.setPlainDefault);
  const on = useStore(plainOn);
  useEffect(() => {
    if (offered !== undefined) setPlainDefault(offered);
  }, [offered, setPlainDefault]);
  useEffect(() => {
    document.documentElement.classList.toggle('plain-language', on);
    return () => document.documentElement.classList.remove('plain-language');
  }, [on]);
};

/** The plain-language switch (Finnish and Swedish only). */
export const PlainLanguageToggle = () => {
  const t = useT();
  const id = useId();
  const language = useStore((s) => s.language);
  const on = useStore(plainOn);
  const setPlainChoice = useStore((s) => s.setPlainChoice);
  if (!hasPlainLanguage(language)) return null;
  return (
    <div className="setting-toggle phone-settings__item">
      <input
        id={id}
        type="checkbox"
        checked={on}
        onChange={(e) => setPlainChoice(e.target.checked)}
        data-testid="plain-language"
      />
      <label htmlFor={id}>{t('phone.plainLanguage')}</label>
    </div>
  );
};

/** The phone's own settings: plain language and a vibration when the activity changes. */
export const PhoneSettings = () => {
  const t = useT();
  const id = useId();
  const vibrate = useVibration();
  const offered = useStore((s) => s.session?.setup.plainLanguage);
  usePlainLanguagePage(offered);
  return (
    <section className="phone-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="phone-settings__title">
        {t('phone.settings')}
      </h2>
      <PlainLanguageToggle />
      {canVibrate() ? (
        <div className="setting-toggle phone-settings__item">
          <input
            id={`${id}-vibrate`}
            type="checkbox"
            checked={vibrate}
            onChange={(e) => setVibration(e.target.checked)}
          />
          <label htmlFor={`${id}-vibrate`}>{t('phone.vibrate')}</label>
        </div>
      ) : null}
    </section>
  );
};
