import { defaultAquariumSetup, type CreateSessionResponse, type SessionSetup } from '@aquarium/shared';
import { useId, useState } from 'react';
import type { MessageKey } from '../../i18n/t';
import { useT } from '../../state/useT';
import { createSession } from '../../net/api';
import { useStore } from '../../state/store';
import { CopySetup } from './CopySetup';
import { MethodField } from './MethodField';
import { switchMethod } from './methodPlan';
import { switchSetupLanguage } from './retranslate';
import { FormProblems, LanguageSelect, SetupEditors } from './SetupFormParts';
import { useCheckedSubmit } from './useCheckedSubmit';
import { setupProblems, trimSetup } from './validate';

type TextField = 'title' | 'project' | 'region' | 'place';

/** The facilitator's set-up form: details and method, questions, groups (and themes) and the phase plan. */
export const SetupForm = ({ onCreated }: { onCreated: (created: CreateSessionResponse) => void }) => {
  const t = useT();
  const id = useId();
  const uiLanguage = useStore((s) => s.language);
  const [setup, setSetup] = useState<SessionSetup>(() => defaultAquariumSetup(uiLanguage));

  const change = (patch: Partial<SessionSetup>) => setSetup((s) => ({ ...s, ...patch }));

  const { submit, busy, problems, failure, anchor } = useCheckedSubmit(
    () => {
      const clean = trimSetup(setup);
      return { clean, problems: setupProblems(clean) };
    },
    async (clean) => onCreated(await createSession({ setup: clean })),
  );

  const textField = (field: TextField, label: MessageKey, required = false) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(label)}</label>
      <input
        id={`${id}-${field}`}
        value={setup[field]}
        onChange={(e) => change({ [field]: e.target.value })}
        maxLength={200}
        required={required}
        aria-required={required}
      />
    </div>
  );

  return (
    <div className="page">
      <h1>{t('create.title')}</h1>
      <form className="setup-form" onSubmit={submit} noValidate>
        <CopySetup
          onCopy={(copied) =>
            // Another region's session: its title, region, date and place stay as typed here.
            setSetup((s) => ({
              ...copied,
              title: s.title || copied.title,
              region: s.region,
              date: s.date,
              place: s.place,
            }))
          }
        />
        <fieldset className="card">
          <legend>{t('create.basics')}</legend>
          {textField('title', 'create.titleLabel', true)}
          <div className="grid-2">
            {textField('project', 'create.project')}
            {textField('region', 'create.region')}
            <div className="field">
              <label htmlFor={`${id}-date`}>{t('create.date')}</label>
              <input
                id={`${id}-date`}
                type="date"
                value={setup.date}
                onChange={(e) => change({ date: e.target.value })}
              />
            </div>
            {textField('place', 'create.place')}
            <LanguageSelect
              id={id}
              label="create.language"
              hint="create.languageHint"
              value={setup.language}
              onChange={(language) => setSetup((s) => switchSetupLanguage(s, language))}
            />
            <MethodField setup={setup} onChange={(method) => setSetup((s) => switchMethod(s, method))} />
          </div>
        </fieldset>

        <SetupEditors setup={setup} onChange={change} />

        <FormProblems anchor={anchor} problems={problems} failure={failure} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('create.submitting') : t('create.submit')}
        </button>
      </form>
    </div>
  );
};
