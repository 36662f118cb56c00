import { type FundingMark, type ProjectSettings, type SessionSetup } from '@aquarium/shared';
import { useId, useState } from 'react';
import type { MessageKey } from '../../i18n/t';
import { useT } from '../../state/useT';
import { MethodField } from '../create/MethodField';
import { switchMethod } from '../create/methodPlan';
import { switchSetupLanguage } from '../create/retranslate';
import { FormProblems, LanguageSelect, SetupEditors } from '../create/SetupFormParts';
import { useCheckedSubmit } from '../create/useCheckedSubmit';
import { FundingMarkInput } from './FundingMarkInput';
import { settingsProblems, trimSettings } from './projectModel';

interface Props {
  initial: ProjectSettings;
  /** The stored funding mark (editing), or null. */
  storedMark: FundingMark | null;
  submitLabel: string;
  onSubmit: (settings: ProjectSettings) => Promise<void>;
}

/**
 * A project's settings: its name, organisation, years and language, the set-up every new session starts from
 * (questions, stakeholder groups, plan goals and development themes, method and phases, participant options), and
 * the report's footer and funding mark. The set-up editors are the session form's own.
 */
export const ProjectForm = ({ initial, storedMark, submitLabel, onSubmit }: Props) => {
  const t = useT();
  const id = useId();
  const [settings, setSettings] = useState<ProjectSettings>(initial);

  const change = (patch: Partial<ProjectSettings>) => setSettings((s) => ({ ...s, ...patch }));
  const changeSetup = (patch: Partial<SessionSetup>) => setSettings((s) => ({ ...s, setup: { ...s.setup, ...patch } }));
  const setup = settings.setup;

  const { submit, busy, problems, failure, anchor } = useCheckedSubmit(() => {
    const clean = trimSettings(settings);
    return { clean, problems: settingsProblems(clean) };
  }, onSubmit);

  const year = (which: 'from' | 'to', label: MessageKey) => (
    <div className="field">
      <label htmlFor={`${id}-${which}`}>{t(label)}</label>
      <input
        id={`${id}-${which}`}
        type="number"
        inputMode="numeric"
        min={2000}
        max={2100}
        value={Number.isFinite(settings.years[which]) ? settings.years[which] : ''}
        onChange={(e) => change({ years: { ...settings.years, [which]: e.target.valueAsNumber } })}
      />
    </div>
  );

  return (
    <form className="setup-form project-form" onSubmit={submit} noValidate>
      <fieldset className="card">
        <legend>{t('project.basics')}</legend>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('project.name')}</label>
          <input
            id={`${id}-name`}
            value={settings.name}
            maxLength={200}
            required
            aria-required
            onChange={(e) => change({ name: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-organisation`}>{t('project.organisation')}</label>
          <input
            id={`${id}-organisation`}
            value={settings.organisation}
            maxLength={300}
            onChange={(e) => change({ organisation: e.target.value })}
          />
        </div>
        <div className="grid-2">
          {year('from', 'project.yearFrom')}
          {year('to', 'project.yearTo')}
          <LanguageSelect
            id={id}
            label="project.language"
            hint="project.languageHint"
            value={settings.language}
            onChange={(language) =>
              setSettings((s) => ({ ...s, language, setup: switchSetupLanguage(s.setup, language) }))
            }
          />
          <MethodField
            setup={setup}
            onChange={(method) => setSettings((s) => ({ ...s, setup: switchMethod(s.setup, method) }))}
          />
        </div>
        <p className="hint">{t('project.setupHint')}</p>
      </fieldset>

      <SetupEditors setup={setup} onChange={changeSetup} />

      <fieldset className="card report-form">
        <legend>{t('report.form')}</legend>
        <p className="hint">{t('project.formHint')}</p>
        <div className="field">
          <label htmlFor={`${id}-footer`}>{t('report.footer')}</label>
          <textarea
            id={`${id}-footer`}
            rows={3}
            maxLength={1000}
            value={settings.footer ?? ''}
            onChange={(e) => change({ footer: e.target.value })}
          />
        </div>
        <FundingMarkInput
          stored={storedMark}
          value={settings.fundingMark}
          onChange={(fundingMark) =>
            setSettings((s) => {
              const { fundingMark: _old, ...rest } = s;
              return fundingMark === undefined ? rest : { ...rest, fundingMark };
            })
          }
        />
      </fieldset>

      <FormProblems anchor={anchor} problems={problems} failure={failure} />
      <button type="submit" className="button button--primary" disabled={busy} data-testid="project-submit">
        {busy ? t('project.saving') : submitLabel}
      </button>
    </form>
  );
};
