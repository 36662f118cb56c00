import type { SmallGroup } from '@aquarium/shared';
import { useId } from 'react';
import { useT } from '../../../state/useT';
import { GroupSoloThoughts } from './GroupSoloThoughts';
import { memberLabel } from './groupModel';
import { sendGroup, useGroupQuestion, useMe } from './groupState';
import { SoloThoughtForm, MySoloThoughts } from './WriteStep';

interface Props {
  group: SmallGroup;
  questionId: string;
  isChair: boolean;
}

/**
 * Present in turn: who has presented (the chair calls each member, which shows their thoughts to the group),
 * the thoughts presented so far, and my own (I can still add; after presenting they show at once).
 */
export const PresentStep = ({ group, questionId, isChair }: Props) => {
  const me = useMe();
  const { presented } = useGroupQuestion(group.id, questionId);
  return (
    <>
      <CallList group={group} questionId={questionId} isChair={isChair} />
      <GroupSoloThoughts group={group} questionId={questionId} />
      {/* Once I have presented, my thoughts are in the group's list above. */}
      {presented.includes(me) ? null : <MySoloThoughts group={group} questionId={questionId} />}
      <SoloThoughtForm questionId={questionId} />
    </>
  );
};

/**
 * Who has presented, with the chair's call buttons. After the presenting step (`late`) the chair still sees
 * those who have not, until the record is returned, so a slow group loses no one's thoughts.
 */
export const CallList = ({ group, questionId, isChair, late = false }: Props & { late?: boolean }) => {
  const t = useT();
  const id = useId();
  const me = useMe();
  const { presented, record } = useGroupQuestion(group.id, questionId);
  const members = late ? group.members.filter((m) => !presented.includes(m.id)) : group.members;
  if (late && (members.length === 0 || record.returnedAt !== null)) return null;
  return (
    <section className="card present" aria-labelledby={`${id}-title`} data-testid={late ? 'late-call' : undefined}>
      <h2 id={`${id}-title`}>{t(late ? 'groups.present.late' : 'groups.present.title')}</h2>
      <ul className="present-list" data-testid="present-list">
        {members.map((m) => {
          const done = presented.includes(m.id);
          const name = memberLabel(group, m.id, (n) => t('groups.member', { n }));
          return (
            <li
              key={m.id}
              className={`present-list__item ${done ? 'is-done' : ''}`}
              data-testid="present-member"
              data-presented={done}
            >
              <span className="present-list__mark" aria-hidden="true">
                {done ? '✓' : '○'}
              </span>
              <span className="present-list__name">
                {name}
                {m.id === me ? ` (${t('groups.you')})` : ''}
              </span>
              <span className="present-list__state">
                {done ? t('groups.present.done') : t('groups.present.notYet')}
              </span>
              {isChair && !done ? (
                <button
                  type="button"
                  className="button button--primary present-list__call"
                  onClick={() => void sendGroup('group:present', { questionId, participantId: m.id })}
                >
                  {m.id === me ? t('groups.present.callMe') : t('groups.present.call', { name })}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
};
