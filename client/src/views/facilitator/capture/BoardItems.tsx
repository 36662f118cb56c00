import type { Note, Thought } from '@aquarium/shared';
import { useT } from '../../../state/useT';
import { draggableProps } from '../../capture/dragItem';
import { ThemeSelect } from '../../capture/ThemeSelect';

/** The notes and thoughts under one theme (or none) of a question, each movable to another theme. */
export const BoardItems = ({ notes, thoughts }: { notes: Note[]; thoughts: Thought[] }) => {
  const t = useT();
  return (
    <ul className="board-items">
      {notes.map((n) => (
        <li
          key={n.id}
          className="board-item board-item--note"
          data-testid="board-note"
          {...draggableProps({ kind: 'note', itemId: n.id, questionId: n.questionId })}
        >
          <span className="board-item__kind">{t('capture.board.note')}</span>
          <p className="board-item__text">{n.text}</p>
          <ThemeSelect kind="note" itemId={n.id} questionId={n.questionId} themeId={n.themeId} />
        </li>
      ))}
      {thoughts.map((th) => (
        <li
          key={th.id}
          className="board-item board-item--thought"
          data-testid="board-thought"
          {...draggableProps({ kind: 'thought', itemId: th.id, questionId: th.questionId })}
        >
          <span className="board-item__kind">
            {t('capture.board.thought')}
            {th.status === 'pending' ? ` (${t('capture.status.pending')})` : ''}
          </span>
          <p className="board-item__text">{th.text}</p>
          <ThemeSelect kind="thought" itemId={th.id} questionId={th.questionId} themeId={th.themeId} />
        </li>
      ))}
    </ul>
  );
};
