import type { GroupPoint, SmallGroup } from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { useId } from 'react';
import { useT } from '../../../i18n/useT';
import { memberLabel, pointNumberOf } from './groupModel';
import { sendGroup, useGroupQuestion, useIdeas, useMe } from './groupState';

interface Props {
  group: SmallGroup;
  questionId: string;
  /** Choose step: the chair makes points of ideas; ideas already in a point say which. */
  points?: GroupPoint[];
  canRaise?: boolean;
}

/** The thoughts the group has seen: each presenter's, under their name, in the order they presented. */
export const GroupIdeas = ({ group, questionId, points, canRaise = false }: Props) => {
  const t = useT();
  const id = useId();
  const { presented } = useGroupQuestion(group.id, questionId);
  const presenters = presented.filter((pid) => group.members.some((m) => m.id === pid));
  return (
    <section className="card group-ideas" aria-labelledby={`${id}-title`} data-testid="group-ideas">
      <h2 id={`${id}-title`}>{t('groups.ideas.title')}</h2>
      {presenters.length === 0 ? (
        <p className="hint">{t('groups.ideas.none')}</p>
      ) : (
        presenters.map((pid) => (
          <MemberIdeas
            key={pid}
            group={group}
            participantId={pid}
            questionId={questionId}
            points={points}
            canRaise={canRaise}
          />
        ))
      )}
    </section>
  );
};

const MemberIdeas = ({
  group,
  participantId,
  questionId,
  points,
  canRaise,
}: Required<Pick<Props, 'group' | 'questionId' | 'canRaise'>> & Pick<Props, 'points'> & { participantId: string }) => {
  const t = useT();
  const me = useMe();
  const ideas = useIdeas(participantId, questionId);
  const name = memberLabel(group, participantId, (n) => t('groups.member', { n }));
  return (
    <div className="member-ideas" data-testid="member-ideas">
      <h3 className="member-ideas__name">
        {name}
        {participantId === me ? ` (${t('groups.you')})` : ''}
      </h3>
      {ideas.length === 0 ? (
        <p className="hint">{t('groups.ideas.noneOf')}</p>
      ) : (
        <ul className="idea-list">
          {ideas.map((idea) => {
            const inPoint = points ? pointNumberOf(points, idea.id) : 0;
            return (
              <li key={idea.id} className="idea" data-testid="group-idea">
                <p className="idea__text" id={`idea-${idea.id}`}>
                  {idea.text}
                </p>
                {inPoint > 0 ? (
                  <p className="idea__status">
                    <span aria-hidden="true">✓ </span>
                    {t('groups.ideas.inPoint', { n: inPoint })}
                  </p>
                ) : canRaise ? (
                  <button
                    type="button"
                    className="button button--small"
                    aria-describedby={`idea-${idea.id}`}
                    onClick={() =>
                      void sendGroup('point:add', {
                        pointId: nanoid(),
                        questionId,
                        text: idea.text,
                        ideaIds: [idea.id],
                      })
                    }
                  >
                    {t('groups.ideas.raise')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
};
