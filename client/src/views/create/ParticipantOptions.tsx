import type { SessionSetup } from '@aquarium/shared';
import { useId } from 'react';
import { useT } from '../../state/useT';

interface Props {
  setup: SessionSetup;
  onChange: (patch: Partial<SessionSetup>) => void;
}

/**
 * What participants meet: plain language offered as the phones' default (each person can still choose), and who is
 * responsible for their data, shown in the privacy notice (left empty, the notice says to ask the facilitator).
 */
export const ParticipantOptions = ({ setup, onChange }: Props) => {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="card">
      <legend>{t('create.participants')}</legend>
      <div className="setting-toggle">
        <input
          id={`${id}-plain`}
          type="checkbox"
          checked={setup.plainLanguage === true}
          onChange={(e) => onChange({ plainLanguage: e.target.checked })}
          aria-describedby={`${id}-plain-hint`}
        />
        <label htmlFor={`${id}-plain`}>{t('create.plainLanguage')}</label>
      </div>
      <p id={`${id}-plain-hint`} className="hint">
        {t('create.plainLanguageHint')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-organiser`}>{t('create.organiser')}</label>
        <p id={`${id}-organiser-hint`} className="hint">
          {t('create.organiserHint')}
        </p>
        <textarea
          id={`${id}-organiser`}
          value={setup.organiser ?? ''}
          maxLength={300}
          rows={3}
          aria-describedby={`${id}-organiser-hint`}
          onChange={(e) => onChange({ organiser: e.target.value })}
        />
      </div>
    </fieldset>
  );
};
