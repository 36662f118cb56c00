import type { PublicThought, Question, Theme } from '@aquarium/shared';
import { useT } from '../../../i18n/useT';
import { questionLabel } from '../../capture/captureSelectors';

interface Props {
  question: Question;
  questions: Question[];
  thoughts: PublicThought[];
  themes: Theme[];
}

/** One question's approved thoughts on the projector: pinned ones first and large, then by theme. */
export const ScreenQuestionThoughts = ({ question, questions, thoughts, themes }: Props) => {
  const t = useT();
  const pinned = thoughts.filter((th) => th.pinned);
  const rest = thoughts.filter((th) => !th.pinned);
  const groups = [
    ...themes.map((theme) => ({
      key: theme.id,
      name: theme.name,
      items: rest.filter((th) => th.themeId === theme.id),
    })),
    {
      key: 'none',
      name: null,
      items: rest.filter((th) => th.themeId === null || !themes.some((x) => x.id === th.themeId)),
    },
  ].filter((g) => g.items.length > 0);
  return (
    <section className="screen-question" aria-labelledby={`screen-q-${question.id}`}>
      <h3 id={`screen-q-${question.id}`} className="screen-question__title" title={question.text}>
        {questionLabel(t, questions, question.id)}
      </h3>
      {pinned.length > 0 ? (
        <ul className="screen-thoughts screen-thoughts--pinned">
          {pinned.map((th) => (
            <ScreenThought key={th.id} thought={th} theme={themes.find((x) => x.id === th.themeId)?.name} />
          ))}
        </ul>
      ) : null}
      {groups.map((g) => (
        <div key={g.key} className="screen-theme">
          {g.name ? <h4 className="screen-theme__name">{g.name}</h4> : null}
          <ul className="screen-thoughts">
            {g.items.map((th) => (
              <ScreenThought key={th.id} thought={th} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
};

const ScreenThought = ({ thought, theme }: { thought: PublicThought; theme?: string }) => {
  const t = useT();
  return (
    <li className={`screen-thought ${thought.pinned ? 'screen-thought--pinned' : ''}`} data-testid="screen-thought">
      {thought.pinned ? (
        <span className="screen-thought__badge">
          <span aria-hidden="true">★ </span>
          {t('capture.status.pinned')}
          {theme ? ` · ${theme}` : ''}
        </span>
      ) : null}
      <span className="screen-thought__text">{thought.text}</span>
      {thought.authorName ? <span className="screen-thought__author">— {thought.authorName}</span> : null}
    </li>
  );
};
