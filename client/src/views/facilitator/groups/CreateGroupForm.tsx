import type { SmallGroupsState } from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { freeGroupName } from './groupsModel';

/** Adds an empty group by hand; with no name typed it is called "Group N". */
export const CreateGroupForm = ({ groups }: { groups: SmallGroupsState }) => {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const fallback = freeGroupName(groups, (n) => t('lead.create.default', { n }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void sendCommand('group:create', { smallGroupId: nanoid(), name: name.trim() || fallback });
    setName('');
  };
  return (
    <form className="create-group" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>{t('lead.create.label')}</label>
        <input
          id={id}
          value={name}
          maxLength={80}
          placeholder={fallback}
          onChange={(e) => setName(e.target.value)}
          data-testid="new-group-name"
        />
      </div>
      <button type="submit" className="button" data-testid="create-group">
        {t('lead.create.submit')}
      </button>
    </form>
  );
};
