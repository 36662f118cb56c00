import type { Theme } from '@aquarium/shared';
import { useT } from '../../state/useT';

interface Props {
  id: string;
  themes: Theme[];
  value: string | null;
  onChange: (themeId: string | null) => void;
}

/** A labelled choice among a question's themes, "no theme" first: the live `ThemeSelect` and the scribe's note form. */
export const ThemePicker = ({ id, themes, value, onChange }: Props) => {
  const t = useT();
  return (
    <>
      <label htmlFor={id}>{t('capture.theme')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('capture.noTheme')}</option>
        {themes.map((th) => (
          <option key={th.id} value={th.id}>
            {th.name}
          </option>
        ))}
      </select>
    </>
  );
};
