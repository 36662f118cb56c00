import type { Thought } from '@aquarium/shared';
import type { KeyboardEvent } from 'react';
import { useT } from '../../../state/useT';
import { isTyping } from '../cockpit/focus';
import { sendCommand } from '../../../net/socket';
import { questionLabel, useGroupName, useQuestions } from '../../capture/captureSelectors';
import { draggableProps } from '../../capture/dragItem';
import { ThemeSelect } from '../../capture/ThemeSelect';

const statusIcon = { pending: '○', approved: '✓', hidden: '✕', withdrawn: '↩' } as const;

/** A thought for moderation: who (group, name only if shown), which question, its status and actions. */
export const ThoughtCard = ({ thought, onModerated }: { thought: Thought; onModerated?: () => void }) => {
  const t = useT();
  const questions = useQuestions();
  const group = useGroupName(thought.stakeholderGroupId);
  const moderate = (status: 'approved' | 'hidden') => {
    if (thought.status === status || thought.status === 'withdrawn') return;
    void sendCommand('thought:moderate', { thoughtId: thought.id, status });
    onModerated?.();
  };
  // One key while the card (or one of its buttons) has focus: A approves, H hides.
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
    const key = e.key.toLowerCase();
    if (key !== 'a' && key !== 'h') return;
    e.preventDefault();
    moderate(key === 'a' ? 'approved' : 'hidden');
  };
  const pin = (pinned: boolean) => void sendCommand('thought:pin', { thoughtId: thought.id, pinned });
  return (
    <li
      className={`thought-card thought-card--${thought.status} ${thought.pinned ? 'is-pinned' : ''}`}
      data-testid="fac-thought"
      data-thought={thought.id}
      onKeyDown={onKeyDown}
      {...draggableProps({ kind: 'thought', itemId: thought.id, questionId: thought.questionId })}
    >
      <p className="thought-card__text">{thought.text}</p>
      <p className="thought-card__meta">
        <span className="thought-card__status" data-testid="fac-thought-status">
          <span aria-hidden="true">{statusIcon[thought.status]} </span>
          {t(`capture.status.${thought.status}`)}
        </span>
        {thought.pinned ? (
          <span className="thought-card__pinned">
            <span aria-hidden="true">★ </span>
            {t('capture.status.pinned')}
          </span>
        ) : null}
        <span>{questionLabel(t, questions, thought.questionId)}</span>
        <span>{group}</span>
        <span>{thought.authorName ?? t('capture.thoughts.anonymous')}</span>
      </p>
      {thought.status === 'withdrawn' ? null : (
        <div className="thought-card__actions">
          {thought.status !== 'approved' ? (
            <button
              type="button"
              className="button button--small button--primary"
              aria-keyshortcuts="A"
              onClick={() => moderate('approved')}
            >
              {t('capture.thoughts.approve')} <kbd aria-hidden="true">A</kbd>
            </button>
          ) : null}
          {thought.status !== 'hidden' ? (
            <button
              type="button"
              className="button button--small"
              aria-keyshortcuts="H"
              onClick={() => moderate('hidden')}
            >
              {t('capture.thoughts.hide')} <kbd aria-hidden="true">H</kbd>
            </button>
          ) : null}
          {thought.pinned ? (
            <button type="button" className="button button--small button--secondary" onClick={() => pin(false)}>
              {t('capture.thoughts.unpin')}
            </button>
          ) : thought.status !== 'hidden' ? (
            <button type="button" className="button button--small button--secondary" onClick={() => pin(true)}>
              {t('capture.thoughts.pin')}
            </button>
          ) : null}
          <ThemeSelect kind="thought" itemId={thought.id} questionId={thought.questionId} themeId={thought.themeId} />
        </div>
      )}
    </li>
  );
};
