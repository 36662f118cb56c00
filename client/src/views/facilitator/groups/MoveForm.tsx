import type { SmallGroup } from '@aquarium/shared';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { focusSoon } from './focusSoon';

interface Props {
  participantId: string;
  name: string;
  smallGroupId: string | null;
  groups: SmallGroup[];
}

/** The id of a participant's move select: focus follows them to their new group. */
export const moveSelectId = (participantId: string) => `move-${participantId}`;

/**
 * Moves one participant to another group (or out of every group). Choosing is not yet moving: the button
 * does it, so running through the list with the arrow keys does not send anyone anywhere.
 */
export const MoveForm = ({ participantId, name, smallGroupId, groups }: Props) => {
  const t = useT();
  const [target, setTarget] = useState(smallGroupId ?? '');
  const [seen, setSeen] = useState(smallGroupId);
  // Moved by someone else meanwhile: show where they are now.
  if (seen !== smallGroupId) {
    setSeen(smallGroupId);
    setTarget(smallGroupId ?? '');
  }
  const selectId = moveSelectId(participantId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const to = target || null;
    if (to === smallGroupId) return;
    void sendCommand('group:assign', { participantId, smallGroupId: to }).then((res) => {
      if (res.ok) focusSoon(selectId);
    });
  };
  return (
    <form className="move-form" onSubmit={submit}>
      <label htmlFor={selectId} className="visually-hidden">
        {t('lead.moveLabel', { name })}
      </label>
      <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)} data-testid="member-move">
        <option value="">{t('lead.noGroup')}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small" aria-label={t('lead.moveName', { name })}>
        {t('lead.move')}
      </button>
    </form>
  );
};
