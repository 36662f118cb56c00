import type { GroupPoint, SmallGroup } from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { useId } from 'react';
import { useT } from '../../../state/useT';
import { memberLabel, pointNumberOf } from './groupModel';
import { sendGroup, useGroupQuestion, useSoloThoughts, useMe } from './groupState';

interface Props {
  group: SmallGroup;
  questionId: string;
  /** Choose step: the chair makes points of solo thoughts; solo thoughts already in a point say which. */
  points?: GroupPoint[];
  canRaise?: boolean;
}

/** The thoughts the group has seen: each presenter's, under their name, in the order they presented. */
export const GroupSoloThoughts = ({ group, questionId, points, canRaise = false }: Props) => {
  const t = useT();
  const id = useId();
  const { presented } = useGroupQuestion(group.id, questionId);
  const presenters = presented.filter((pid) => group.members.some((m) => m.id === pid));
  return (
    <section className="card group-solo-thoughts" aria-labelledby={`${id}-title`} data-testid="group-solo-thoughts">
      <h2 id={`${id}-title`}>{t('groups.soloThoughts.title')}</h2>
      {presenters.length === 0 ? (
        <p className="hint">{t('groups.soloThoughts.none')}</p>
      ) : (
        presenters.map((pid) => (
          <MemberSoloThoughts
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

const MemberSoloThoughts = ({
  group,
  participantId,
  questionId,
  points,
  canRaise,
}: Required<Pick<Props, 'group' | 'questionId' | 'canRaise'>> & Pick<Props, 'points'> & { participantId: string }) => {
  const t = useT();
  const me = useMe();
  const soloThoughts = useSoloThoughts(participantId, questionId);
  const name = memberLabel(group, participantId, (n) => t('groups.member', { n }));
  return (
    <div className="member-solo-thoughts" data-testid="member-solo-thoughts">
      <h3 className="member-solo-thoughts__name">
        {name}
        {participantId === me ? ` (${t('groups.you')})` : ''}
      </h3>
      {soloThoughts.length === 0 ? (
        <p className="hint">{t('groups.soloThoughts.noneOf')}</p>
      ) : (
        <ul className="solo-thought-list">
          {soloThoughts.map((soloThought) => {
            const inPoint = points ? pointNumberOf(points, soloThought.id) : 0;
            return (
              <li key={soloThought.id} className="solo-thought" data-testid="group-solo-thought">
                <p className="solo-thought__text" id={`solo-thought-${soloThought.id}`}>
                  {soloThought.text}
                </p>
                {inPoint > 0 ? (
                  <p className="solo-thought__status">
                    <span aria-hidden="true">✓ </span>
                    {t('groups.soloThoughts.inPoint', { n: inPoint })}
                  </p>
                ) : canRaise ? (
                  <button
                    type="button"
                    className="button button--small"
                    aria-describedby={`soloThought-${soloThought.id}`}
                    onClick={() =>
                      void sendGroup('point:add', {
                        pointId: nanoid(),
                        questionId,
                        text: soloThought.text,
                        soloThoughtIds: [soloThought.id],
                      })
                    }
                  >
                    {t('groups.soloThoughts.raise')}
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
