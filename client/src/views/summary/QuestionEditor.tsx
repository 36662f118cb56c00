import type { Question } from '@aquarium/shared';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../state/useT';
import { useStore } from '../../state/store';
import { AutosaveTextarea } from './AutosaveTextarea';
import { GroupReturns, useGroupReturns } from './GroupReturns';
import { ItemList } from './ItemList';
import { scopeItems } from './scopeItems';

/**
 * One evaluation question: its consolidated text (in the small-group method the lead's compilation, with
 * each group's return beside it), then each theme's text and items, then the rest.
 */
export const QuestionEditor = ({ question, number }: { question: Question; number: number }) => {
  const t = useT();
  const smallGroups = useStore((s) => s.session?.setup.method === 'smallGroups');
  const themes = useStore(
    useShallow((s) =>
      Object.values(s.session?.themes ?? {})
        .filter((th) => th.questionId === question.id)
        .sort((a, b) => a.createdAt - b.createdAt),
    ),
  );
  const returns = useGroupReturns(question, number);
  const otherItems = useStore((s) => {
    if (!s.session) return 0;
    const items = scopeItems(s.session, `q:${question.id}`);
    return items.notes.length + items.thoughts.length;
  });
  return (
    <section className="summary-question" aria-labelledby={`sq-${question.id}`}>
      <h3 id={`sq-${question.id}`}>
        {t('summary.question', { n: number })}: {question.text}
      </h3>
      {smallGroups ? (
        <div className="summary-compile">
          <GroupReturns rows={returns} headingId={`sr-${question.id}`} />
          <AutosaveTextarea
            textKey={`question:${question.id}`}
            label={t('summary.groupCompilation')}
            hint={t('summary.groupCompilationHint')}
            rows={8}
          />
        </div>
      ) : (
        <AutosaveTextarea textKey={`question:${question.id}`} label={t('summary.consolidatedQuestion')} />
      )}
      {themes.map((theme) => (
        <section key={theme.id} className="summary-theme" aria-labelledby={`st-${theme.id}`}>
          <h4 id={`st-${theme.id}`}>{t('summary.theme', { name: theme.name })}</h4>
          <AutosaveTextarea
            textKey={`theme:${theme.id}`}
            label={t('summary.consolidatedTheme', { name: theme.name })}
            rows={3}
          />
          <ItemList scope={theme.id} />
        </section>
      ))}
      {/* The small-group method works without notes and thoughts: an empty "other points" is left out. */}
      {smallGroups && otherItems === 0 ? null : (
        <section className="summary-theme" aria-labelledby={`so-${question.id}`}>
          <h4 id={`so-${question.id}`}>{t('summary.otherPoints')}</h4>
          <ItemList scope={`q:${question.id}`} />
        </section>
      )}
    </section>
  );
};
