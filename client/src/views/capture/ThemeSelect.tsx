import { useId } from 'react';
import { sendCommand } from '../../net/socket';
import { useThemesOf } from './captureSelectors';
import { ThemePicker } from './ThemePicker';

interface Props {
  kind: 'note' | 'thought';
  itemId: string;
  questionId: string;
  themeId: string | null;
}

/** The keyboard way to put a note or thought under a theme (drag and drop is the other). */
export const ThemeSelect = ({ kind, itemId, questionId, themeId }: Props) => {
  const id = useId();
  const themes = useThemesOf(questionId);
  if (themes.length === 0) return null;
  return (
    <span className="theme-select">
      <ThemePicker
        id={id}
        themes={themes}
        value={themeId}
        onChange={(chosen) => void sendCommand('item:theme', { kind, itemId, themeId: chosen })}
      />
    </span>
  );
};
