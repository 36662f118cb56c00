import type { SmallGroup } from '@aquarium/shared';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import type { PersonLabel } from '../turns/labels';

interface Props {
  group: SmallGroup;
  labels: Record<string, PersonLabel>;
}

/** Names the group's chair, hands the role to another member, or clears it. */
export const ChairForm = ({ group, labels }: Props) => {
  const t = useT();
  const id = useId();
  const [target, setTarget] = useState(group.chairId ?? '');
  const [seen, setSeen] = useState(group.chairId);
  // The chair changed elsewhere (another console, a member claimed it): show who it is now.
  if (seen !== group.chairId) {
    setSeen(group.chairId);
    setTarget(group.chairId ?? '');
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chair = target || null;
    if (chair !== group.chairId) void sendCommand('group:setChair', { smallGroupId: group.id, participantId: chair });
  };
  return (
    <form className="chair-form" onSubmit={submit}>
      <label htmlFor={id}>
        {t('lead.chair')}
        <span className="visually-hidden">: {group.name}</span>
      </label>
      <div className="chair-form__row">
        <select id={id} value={target} onChange={(e) => setTarget(e.target.value)} data-testid="chair-select">
          <option value="">{t('lead.noChair')}</option>
          {group.members.map((m) => (
            <option key={m.id} value={m.id}>
              {labels[m.id]?.label ?? m.name ?? ''}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="button button--small"
          aria-label={t('lead.setChairOf', { group: group.name })}
          data-testid="chair-set"
        >
          {t('lead.setChair')}
        </button>
      </div>
    </form>
  );
};
