import type { Language } from '@aquarium/shared';
import { useT } from '../state/useT';
import { useStore } from '../state/store';

const languages: { code: Language; label: 'lang.fi' | 'lang.sv' | 'lang.en' }[] = [
  { code: 'fi', label: 'lang.fi' },
  { code: 'sv', label: 'lang.sv' },
  { code: 'en', label: 'lang.en' },
];

/** FI / SV / EN buttons; each names its language in that language. */
export const LanguageSwitch = () => {
  const t = useT();
  const language = useStore((s) => s.language);
  const setLanguage = useStore((s) => s.setLanguage);
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {languages.map(({ code, label }) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={language === code}
          title={t(label)}
          onClick={() => setLanguage(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
};
