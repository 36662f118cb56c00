import type { PublicThought } from '@aquarium/shared';
import { useMemo } from 'react';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';
import { questionLabel, useQuestions } from '../../capture/captureSelectors';
import { FitList } from './FitList';

const none: Record<string, PublicThought> = {};

/** Pinned thoughts first, then the newest: what the room most needs to read comes on the first page. */
export const useScreenThoughts = (): PublicThought[] => {
  const all = useStore((s) => s.session?.publicThoughts ?? none);
  return useMemo(() => {
    const list = Object.values(all).sort((a, b) => b.submittedAt - a.submittedAt);
    return [...list.filter((th) => th.pinned), ...list.filter((th) => !th.pinned)];
  }, [all]);
};

/** One approved thought on the projector: its text, its question, and its author only if they chose so. */
export const ScreenThoughtCard = ({ thought, measuring }: { thought: PublicThought; measuring: boolean }) => {
  const t = useT();
  const questions = useQuestions();
  const theme = useStore((s) => (thought.themeId ? s.session?.themes[thought.themeId]?.name : undefined));
  return (
    <div
      className={`screen-thought ${thought.pinned ? 'screen-thought--pinned' : ''}`}
      data-testid={measuring ? undefined : 'screen-thought'}
    >
      <span className="screen-thought__badge">
        {thought.pinned ? (
          <>
            <span aria-hidden="true">★ </span>
            {t('capture.status.pinned')} ·{' '}
          </>
        ) : null}
        {questionLabel(t, questions, thought.questionId)}
        {theme ? ` · ${theme}` : ''}
      </span>
      <span className="screen-thought__text">{thought.text}</span>
      {thought.authorName ? <span className="screen-thought__author">— {thought.authorName}</span> : null}
    </div>
  );
};

/** The approved thoughts, page by page: never cut off, and the page says when more follow. */
export const ThoughtsScreen = () => {
  const t = useT();
  const thoughts = useScreenThoughts();
  return (
    <div className="screen screen--mode" data-testid="screen-thoughts">
      <div className="screen-mode__head">
        <h1 className="screen-mode__title">{t('capture.screen.thoughts')}</h1>
      </div>
      {thoughts.length === 0 ? (
        <p className="screen-mode__sub">{t('screen.noThoughts')}</p>
      ) : (
        <FitList
          className="screen-mode__list screen-mode__list--thoughts"
          items={thoughts}
          itemKey={(th) => th.id}
          overflow="pages"
          columns={2}
          render={(th, measuring) => <ScreenThoughtCard thought={th} measuring={measuring} />}
        />
      )}
    </div>
  );
};
