import { useId } from 'react';
import { useT } from '../../state/useT';
import type { ConsoleViewDef, ConsoleViewId } from './cockpit/views';

interface Props {
  views: readonly ConsoleViewDef[];
  current: ConsoleViewId;
  onChoose: (id: ConsoleViewId) => void;
  shortcuts: boolean;
  onShortcuts: (on: boolean) => void;
}

/**
 * The console's views as a row of buttons, each with its shortcut letter shown: exactly the views that exist in
 * this state, so every entry leads to something on screen. Single-letter shortcuts can be turned off (WCAG 2.1.4).
 */
export const ConsoleNav = ({ views, current, onChoose, shortcuts, onShortcuts }: Props) => {
  const t = useT();
  const id = useId();
  return (
    <nav className="console-nav" aria-label={t('fac.nav')}>
      <ul>
        {views.map((v) => (
          <li key={v.id}>
            <button
              type="button"
              className="console-nav__tab"
              aria-current={current === v.id ? 'page' : undefined}
              aria-keyshortcuts={shortcuts ? v.key : undefined}
              data-view={v.id}
              onClick={() => onChoose(v.id)}
            >
              {t(v.label)}
              {shortcuts ? (
                <kbd className="console-nav__key" aria-hidden="true">
                  {v.key}
                </kbd>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
      <div className="setting-toggle console-nav__shortcuts">
        <input
          id={`${id}-keys`}
          type="checkbox"
          checked={shortcuts}
          aria-describedby={`${id}-keys-hint`}
          onChange={(e) => onShortcuts(e.target.checked)}
        />
        <label htmlFor={`${id}-keys`}>{t('cockpit.shortcutsOn')}</label>
        <span id={`${id}-keys-hint`} className="visually-hidden">
          {t('cockpit.shortcutsHint')}
        </span>
      </div>
    </nav>
  );
};
