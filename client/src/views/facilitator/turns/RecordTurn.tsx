import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { useParticipants } from '../../../state/selectors';
import { useStore } from '../../../state/store';
import { usePersonLabels } from './labels';

const none: never[] = [];

/** Starts a turn for someone without a phone: a named participant, or "a participant of group X". */
export const RecordTurn = () => {
  const t = useT();
  const id = useId();
  const participants = useParticipants();
  const groups = useStore((s) => s.session?.setup.stakeholderGroups ?? none);
  const labels = usePersonLabels();
  const [choice, setChoice] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const [kind, value] = [choice.slice(0, 2), choice.slice(2)];
    if (!value) return;
    void sendCommand('turn:grant', kind === 'p:' ? { participantId: value } : { stakeholderGroupId: value });
    setChoice('');
  };

  return (
    <form className="record-turn" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('turns.record')}</h3>
      <div className="record-turn__row">
        <div className="field">
          <label htmlFor={`${id}-who`}>{t('turns.recordWho')}</label>
          <select id={`${id}-who`} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t('turns.choose')}</option>
            <optgroup label={t('turns.recordGroups')}>
              {groups.map((g) => (
                <option key={g.id} value={`g:${g.id}`}>
                  {t('turns.groupMember', { group: g.name })}
                </option>
              ))}
            </optgroup>
            {participants.length > 0 ? (
              <optgroup label={t('turns.recordParticipants')}>
                {participants.map((p) => (
                  <option key={p.id} value={`p:${p.id}`}>
                    {labels[p.id]?.label} ({labels[p.id]?.group})
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
        <button type="submit" className="button" disabled={!choice}>
          {t('turns.recordSubmit')}
        </button>
      </div>
    </form>
  );
};
