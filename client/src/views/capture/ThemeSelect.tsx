import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { sendCommand } from '../../net/socket';
import { useThemesOf } from './captureSelectors';

interface Props {
  kind: 'note' | 'thought';
  itemId: string;
  questionId: string;
  themeId: string | null;
}

/** The keyboard way to put a note or thought under a theme (drag and drop is the other). */
export const ThemeSelect = ({ kind, itemId, questionId, themeId }: Props) => {
  const t = useT();
  const id = useId();
  const themes = useThemesOf(questionId);
  if (themes.length === 0) return null;
  return (
    <span className="theme-select">
      <label htmlFor={id}>{t('capture.theme')}</label>
      <select
        id={id}
        value={themeId ?? ''}
        onChange={(e) => void sendCommand('item:theme', { kind, itemId, themeId: e.target.value || null })}
      >
        <option value="">{t('capture.noTheme')}</option>
        {themes.map((th) => (
          <option key={th.id} value={th.id}>
            {th.name}
          </option>
        ))}
      </select>
    </span>
  );
};
