import type { Question } from '@aquarium/shared';
import type { ReactNode } from 'react';
import { NewThemeForm } from './NewThemeForm';
import { ThemeSuggestions } from './ThemeSuggestions';
import { ThemeGroups } from './ThemeGroups';

interface Props {
  question: Question;
  /** "Kysymys 2", as captureSelectors' questionLabel names it. */
  label: string;
  /** Prefix of the heading's id, unique on the page. */
  idPrefix: string;
  /** What one theme (or `null`: no theme) of this question holds; nothing when it is empty. */
  renderItems: (themeId: string | null) => ReactNode;
  /** Shown when the question has nothing yet. */
  empty: string | null;
}

/** One question with its items under its editable themes, and a form for a new theme. */
export const QuestionThemes = ({ question, label, idPrefix, renderItems, empty }: Props) => (
  <section className="capture-question" aria-labelledby={`${idPrefix}-${question.id}`}>
    <h3 id={`${idPrefix}-${question.id}`} className="capture-question__title">
      {label}
      <span className="capture-question__text">{question.text}</span>
    </h3>
    <ThemeSuggestions questionId={question.id} questionLabel={label} />
    <ThemeGroups questionId={question.id} editable renderItems={renderItems} />
    {empty ? <p className="hint">{empty}</p> : null}
    <NewThemeForm questionId={question.id} questionLabel={label} />
  </section>
);
