import { useT } from '../state/useT';
import { LanguageSwitch } from './LanguageSwitch';

/** The top bar of every page: the app's name and the language switch. */
export const AppHeader = () => {
  const t = useT();
  return (
    <header className="app-header">
      <span className="app-header__brand">{t('app.name')}</span>
      <LanguageSwitch />
    </header>
  );
};
