import type { ProjectThemeCatalogue, ThemeMatch } from '@aquarium/shared';
import { useId, type ReactNode } from 'react';
import { useT } from '../../../state/useT';
import { MatchName } from './MatchName';
import { matchIndexOf, regionsOf, themeKey, unmatched, type CatalogueTheme } from './matchModel';
import { ThemeControl, type ThemeMove } from './ThemeControl';

interface Props {
  catalogue: ProjectThemeCatalogue;
  /** Every match of the report (all questions); this question's are picked out by number. */
  matches: ThemeMatch[];
  /** The matches are the server's suggestions, not yet confirmed by the owner. */
  suggested: boolean;
  busy: boolean;
  onMove: (theme: CatalogueTheme, move: ThemeMove) => void;
  onRename: (index: number, name: string) => void;
}

/** Themes of one region side by side with the others' (a column per region, wrapping on a phone). */
const RegionColumns = ({
  themes,
  regions,
  render,
}: {
  themes: CatalogueTheme[];
  regions: string[];
  render: (theme: CatalogueTheme) => ReactNode;
}) => {
  const t = useT();
  return (
    <div className="region-columns">
      {regions.map((region) => {
        const own = themes.filter((th) => th.region === region);
        return (
          <div key={region} className="region-column">
            <h4 className="region-column__title">{region}</h4>
            {own.length === 0 ? <p className="hint">{t('projectReport.noTheme')}</p> : own.map(render)}
          </div>
        );
      })}
    </div>
  );
};

/**
 * One evaluation question: its matched themes (each region's side by side under the match's name) and the themes in
 * no match, per region. Every theme has its own control to move it.
 */
export const QuestionMatches = ({ catalogue, matches, suggested, busy, onMove, onRename }: Props) => {
  const t = useT();
  const id = useId();
  const regions = regionsOf(catalogue.themes);
  const own = matches.map((match, index) => ({ match, index })).filter((m) => m.match.question === catalogue.question);
  const lone = unmatched(catalogue, matches);
  const byKey = new Map(catalogue.themes.map((th) => [themeKey(th), th]));
  const control = (theme: CatalogueTheme) => {
    const current = matchIndexOf(matches, theme);
    return (
      <ThemeControl
        key={`${themeKey(theme)}-${current}`}
        theme={theme}
        matches={own}
        current={current}
        lone={lone.filter((l) => l.region !== theme.region)}
        busy={busy}
        onMove={(move) => onMove(theme, move)}
      />
    );
  };
  return (
    <section className="report-question" aria-labelledby={`${id}-title`} data-testid="report-question">
      <h2 id={`${id}-title`} className="report-question__title">
        <span className="report-question__number">{t('projectReport.question', { n: catalogue.question })}</span>{' '}
        {catalogue.text}
      </h2>
      {catalogue.themes.length === 0 ? <p className="hint">{t('projectReport.noThemes')}</p> : null}
      {own.map(({ match, index }) => (
        <article key={index} className="report-match" data-testid="report-match" aria-labelledby={`${id}-m${index}`}>
          <div className="report-match__head">
            <h3 id={`${id}-m${index}`} className="report-match__name">
              {match.name}
            </h3>
            <span className={`report-match__state ${suggested ? 'report-match__state--suggested' : ''}`}>
              {suggested ? t('projectReport.suggested') : t('projectReport.confirmed')}
            </span>
            <MatchName name={match.name} busy={busy} onRename={(name) => onRename(index, name)} />
          </div>
          <RegionColumns
            regions={regions}
            themes={match.themes.flatMap((ref) => byKey.get(themeKey(ref)) ?? [])}
            render={control}
          />
        </article>
      ))}
      {lone.length > 0 ? (
        <div className="report-lone" data-testid="report-lone">
          <h3 className="report-lone__title">{t('projectReport.lone')}</h3>
          <RegionColumns regions={regions} themes={lone} render={control} />
        </div>
      ) : null}
    </section>
  );
};
