import type { GroupFormation } from '@aquarium/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { groupSizes, suggestedGroups } from './groupsModel';

interface Props {
  people: number;
  groupCount: number;
  hasDevelopmentThemes: boolean;
  /** Some group has started working: the server would refuse to form the groups again. */
  working: boolean;
}

const maxGroups = 100;

/** Forms the groups from everyone who has joined: by stakeholder group, by theme, or mixed into N groups. */
export const FormGroupsForm = ({ people, groupCount, hasDevelopmentThemes, working }: Props) => {
  const t = useT();
  const id = useId();
  const [by, setBy] = useState<GroupFormation>('stakeholder');
  // Until the lead types a number, suggest groups of about five from whoever has joined by now.
  const [typed, setTyped] = useState<number | null>(null);
  const count = typed ?? suggestedGroups(people);
  const dialog = useRef<HTMLDialogElement>(null);
  const formations: GroupFormation[] = hasDevelopmentThemes
    ? ['stakeholder', 'developmentTheme', 'mixed']
    : ['stakeholder', 'mixed'];
  const label = {
    stakeholder: 'lead.form.stakeholder',
    developmentTheme: 'lead.form.developmentTheme',
    mixed: 'lead.form.mixed',
  } as const;
  const validCount = Number.isInteger(count) && count >= 1 && count <= maxGroups;

  const form = () => {
    void sendCommand('groups:form', by === 'mixed' ? { by, count } : { by });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (by === 'mixed' && !validCount) return;
    if (groupCount > 0) dialog.current?.showModal();
    else form();
  };

  let body;
  if (working) body = <p data-testid="form-groups-working">{t('lead.form.working')}</p>;
  else if (people === 0) body = <p>{t('lead.form.nobody')}</p>;
  else
    body = (
      <form onSubmit={submit} aria-describedby={`${id}-hint`}>
        <p id={`${id}-hint`} className="hint">
          {t('lead.form.hint')}
        </p>
        <fieldset className="radio-list">
          <legend>{t('lead.form.by')}</legend>
          {formations.map((f) => (
            <label key={f} className="radio-list__item">
              <input type="radio" name={`${id}-by`} value={f} checked={by === f} onChange={() => setBy(f)} />
              {t(label[f])}
            </label>
          ))}
        </fieldset>
        {by === 'mixed' ? (
          <div className="field form-groups__count">
            <label htmlFor={`${id}-count`}>{t('lead.form.count')}</label>
            <input
              id={`${id}-count`}
              type="number"
              inputMode="numeric"
              min={1}
              max={maxGroups}
              value={Number.isNaN(count) ? '' : count}
              aria-describedby={`${id}-size`}
              onChange={(e) => setTyped(e.target.valueAsNumber)}
            />
            <p id={`${id}-size`} className="hint" aria-live="polite">
              {validCount ? t('lead.form.size', { size: groupSizes(people, count) }) : null}
            </p>
          </div>
        ) : null}
        <button type="submit" className="button button--primary" data-testid="form-groups">
          {t('lead.form.submit')}
        </button>
      </form>
    );

  return (
    <section className="form-groups" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('lead.form.title')}</h3>
      {body}
      <ConfirmDialog
        dialogRef={dialog}
        title={t('lead.form.replaceTitle')}
        body={t('lead.form.replaceBody')}
        confirm={t('lead.form.replaceConfirm')}
        onConfirm={form}
      />
    </section>
  );
};
