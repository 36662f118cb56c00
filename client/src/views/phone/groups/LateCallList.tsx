import type { SmallGroup } from '@aquarium/shared';
import { useId } from 'react';
import { useT } from '../../../i18n/useT';
import { memberLabel } from './groupModel';
import { sendGroup, useGroupQuestion, useMe } from './groupState';

/**
 * For the chair after the presenting step: members who have not presented yet, each with a call button, so
 * a slow group loses no one's thoughts. Gone once everyone has presented or the record is returned.
 */
export const LateCallList = ({ group, questionId }: { group: SmallGroup; questionId: string }) => {
  const t = useT();
  const id = useId();
  const me = useMe();
  const { presented, record } = useGroupQuestion(group.id, questionId);
  const late = group.members.filter((m) => !presented.includes(m.id));
  if (late.length === 0 || record.returnedAt !== null) return null;
  return (
    <section className="card present present--late" aria-labelledby={`${id}-title`} data-testid="late-call">
      <h2 id={`${id}-title`}>{t('groups.present.late')}</h2>
      <p className="hint">{t('groups.present.lateHint')}</p>
      <ul className="present-list">
        {late.map((m) => {
          const name = memberLabel(group, m.id, (n) => t('groups.member', { n }));
          return (
            <li key={m.id} className="present-list__item" data-testid="late-member">
              <span className="present-list__name">{name}</span>
              <button
                type="button"
                className="button button--primary present-list__call"
                onClick={() => void sendGroup('group:present', { questionId, participantId: m.id })}
              >
                {m.id === me ? t('groups.present.callMe') : t('groups.present.call', { name })}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
};
