import type { ThemeMatch } from '@aquarium/shared';
import { useId, useState } from 'react';
import { useT } from '../../../state/useT';
import { themeKey, type CatalogueTheme } from './matchModel';

/** What the owner can do with one theme: move it into a match, split it off, or match it with a lone theme. */
export type ThemeMove = { kind: 'split' } | { kind: 'into'; match: number } | { kind: 'pair'; with: CatalogueTheme };

interface Props {
  theme: CatalogueTheme;
  /** The matches of this question, with their index in the whole list. */
  matches: { match: ThemeMatch; index: number }[];
  /** The index of the theme's own match, or -1. */
  current: number;
  /** Lone themes of other regions this one could be matched with. */
  lone: CatalogueTheme[];
  busy: boolean;
  onMove: (move: ThemeMove) => void;
}

/**
 * One theme with a choice of where it belongs and a button to apply it: operable by keyboard and screen reader alike
 * (no dragging), and nothing changes until the button is pressed.
 */
export const ThemeControl = ({ theme, matches, current, lone, busy, onMove }: Props) => {
  const t = useT();
  const id = useId();
  const [choice, setChoice] = useState(current >= 0 ? `m${current}` : 'none');
  const apply = () => {
    if (choice === 'none') return onMove({ kind: 'split' });
    if (choice.startsWith('m')) return onMove({ kind: 'into', match: Number(choice.slice(1)) });
    const other = lone.find((l) => `t${themeKey(l)}` === choice);
    if (other) onMove({ kind: 'pair', with: other });
  };
  const unchanged = choice === (current >= 0 ? `m${current}` : 'none');
  return (
    <div className="theme-control" data-theme-key={themeKey(theme)} data-testid="report-theme">
      <p className="theme-control__name" id={`${id}-name`}>
        <span className="theme-control__theme">{theme.name}</span>{' '}
        <span className="visually-hidden">({theme.region})</span>
      </p>
      <div className="theme-control__row">
        <label className="visually-hidden" htmlFor={`${id}-where`}>
          {t('projectReport.moveLabel', { theme: theme.name, region: theme.region })}
        </label>
        <select id={`${id}-where`} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="none">{t('projectReport.alone')}</option>
          {matches.map(({ match, index }) => (
            <option key={index} value={`m${index}`}>
              {t('projectReport.inMatch', { name: match.name })}
            </option>
          ))}
          {lone.map((l) => (
            <option key={themeKey(l)} value={`t${themeKey(l)}`}>
              {t('projectReport.pairWith', { theme: l.name, region: l.region })}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={busy || unchanged}
          aria-describedby={`${id}-name`}
          onClick={apply}
        >
          {t('projectReport.move')}
        </button>
      </div>
    </div>
  );
};
