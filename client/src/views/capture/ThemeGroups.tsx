import type { Theme } from '@aquarium/shared';
import type { ReactNode } from 'react';
import { useT } from '../../state/useT';
import { useThemesOf } from './captureSelectors';
import { useThemeDrop } from './dragItem';
import { ThemeActions } from './ThemeHeading';

interface Props {
  questionId: string;
  /** The items under a theme (or under none with `null`), as list items; null when there are none. */
  renderItems: (themeId: string | null) => ReactNode;
  /** Rename, merge and delete beside each theme's name. */
  editable?: boolean;
}

/**
 * A question's items grouped by theme. Each theme's name is a drop target for a dragged note or thought
 * (the keyboard way is the item's own "Theme" select); "No theme" takes an item out of its theme.
 */
export const ThemeGroups = ({ questionId, renderItems, editable = false }: Props) => {
  const themes = useThemesOf(questionId);
  return (
    <div className="theme-groups">
      {themes.map((theme) => (
        <ThemeGroup key={theme.id} questionId={questionId} theme={theme} editable={editable}>
          {renderItems(theme.id)}
        </ThemeGroup>
      ))}
      <ThemeGroup questionId={questionId} theme={null} editable={false} hidden={themes.length === 0}>
        {renderItems(null)}
      </ThemeGroup>
    </div>
  );
};

interface GroupProps {
  questionId: string;
  theme: Theme | null;
  editable: boolean;
  /** Only the list, without the "No theme" heading, while the question has no themes. */
  hidden?: boolean;
  children: ReactNode;
}

const ThemeGroup = ({ questionId, theme, editable, hidden = false, children }: GroupProps) => {
  const t = useT();
  const drop = useThemeDrop(questionId, theme?.id ?? null);
  return (
    <section className={`theme-group ${theme ? '' : 'theme-group--none'}`} data-testid="theme-group">
      {hidden ? null : (
        <div className={`theme-group__head ${drop.over ? 'is-drop-target' : ''}`} {...drop.props}>
          <h4 className="theme-group__name" data-testid="theme-name">
            {theme ? theme.name : t('capture.noTheme')}
          </h4>
          {theme && editable ? <ThemeActions theme={theme} /> : null}
        </div>
      )}
      {children ?? (hidden ? null : <p className="hint theme-group__empty">{t('capture.theme.dropHint')}</p>)}
    </section>
  );
};
