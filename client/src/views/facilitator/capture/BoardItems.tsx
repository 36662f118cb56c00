import type { Note, Thought } from '@aquarium/shared';
import type { ReactNode } from 'react';
import { useT } from '../../../state/useT';
import { draggableProps } from '../../capture/dragItem';
import { GoalSelect, useGoalKeys } from '../../capture/GoalSelect';
import { ThemeSelect } from '../../capture/ThemeSelect';

/** Gives an item the digit keys that tag it to a goal (a hook needs a component per item). */
const Tagged = ({
  kind,
  itemId,
  children,
}: {
  kind: 'note' | 'thought';
  itemId: string;
  children: (onKeyDown: ReturnType<typeof useGoalKeys>) => ReactNode;
}) => <>{children(useGoalKeys(kind, itemId))}</>;

/** The notes and thoughts under one theme (or none) of a question, each movable to another theme. */
export const BoardItems = ({ notes, thoughts }: { notes: Note[]; thoughts: Thought[] }) => {
  const t = useT();
  return (
    <ul className="board-items">
      {notes.map((n) => (
        <Tagged key={n.id} kind="note" itemId={n.id}>
          {(onKeyDown) => (
            <li
              className="board-item board-item--note"
              data-testid="board-note"
              onKeyDown={onKeyDown}
              {...draggableProps({ kind: 'note', itemId: n.id, questionId: n.questionId })}
            >
              <span className="board-item__kind">{t('capture.board.note')}</span>
              <p className="board-item__text">{n.text}</p>
              <ThemeSelect kind="note" itemId={n.id} questionId={n.questionId} themeId={n.themeId} />
              <GoalSelect kind="note" itemId={n.id} />
            </li>
          )}
        </Tagged>
      ))}
      {thoughts.map((th) => (
        <Tagged key={th.id} kind="thought" itemId={th.id}>
          {(onKeyDown) => (
            <li
              className="board-item board-item--thought"
              data-testid="board-thought"
              onKeyDown={onKeyDown}
              {...draggableProps({ kind: 'thought', itemId: th.id, questionId: th.questionId })}
            >
              <span className="board-item__kind">
                {t('capture.board.thought')}
                {th.status === 'pending' ? ` (${t('capture.status.pending')})` : ''}
              </span>
              <p className="board-item__text">{th.text}</p>
              <ThemeSelect kind="thought" itemId={th.id} questionId={th.questionId} themeId={th.themeId} />
              <GoalSelect kind="thought" itemId={th.id} />
            </li>
          )}
        </Tagged>
      ))}
    </ul>
  );
};
