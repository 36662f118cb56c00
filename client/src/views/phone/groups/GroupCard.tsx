import type { SmallGroup } from '@aquarium/shared';
import { useId } from 'react';
import { useT } from '../../../state/useT';
import { memberLabel } from './groupModel';

interface Props {
  group: SmallGroup | null;
  me: string;
  isChair: boolean;
  ended: boolean;
}

/** My group: its name, who is in it (me marked), who chairs. */
export const GroupCard = ({ group, me, isChair, ended }: Props) => {
  const t = useT();
  const id = useId();
  if (!group) {
    return (
      <section className="card my-group" data-testid="my-group" aria-label={t('groups.members')}>
        <p className="my-group__waiting" data-testid="not-grouped">
          {t('groups.notGrouped')}
        </p>
      </section>
    );
  }
  const numbered = (n: number) => t('groups.member', { n });
  return (
    <section className="card my-group" data-testid="my-group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="my-group__name" data-testid="group-name">
        {t('groups.yourGroup', { name: group.name })}
      </h2>
      <ul className="member-list" aria-label={t('groups.members')} data-testid="group-members">
        {group.members.map((m) => (
          <li key={m.id} className="member-list__item" data-testid="group-member">
            <span className="member-list__name">{memberLabel(group, m.id, numbered)}</span>
            {m.id === me ? <span className="tag">{t('groups.you')}</span> : null}
            {m.id === group.chairId ? (
              <span className="tag tag--chair" data-testid="member-chair">
                <span aria-hidden="true">★ </span>
                {t('groups.chair')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {/* Without a chair, taking it is offered at the top of the phone (ClaimChair). */}
      {isChair && !ended ? <p className="hint">{t('groups.chairHint')}</p> : null}
    </section>
  );
};
