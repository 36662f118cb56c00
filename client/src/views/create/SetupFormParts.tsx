import { Language, type ErrorCode, type SessionSetup } from '@aquarium/shared';
import type { RefObject } from 'react';
import type { MessageKey } from '../../i18n/t';
import { errorKey } from '../../net/socket';
import { useT } from '../../state/useT';
import { GroupsEditor, QuestionsEditor, DevelopmentThemesEditor } from './ListEditors';
import { ParticipantOptions } from './ParticipantOptions';
import { PhasePlanEditor } from './PhasePlanEditor';
import { PlanEditor } from './PlanEditor';

/** Parts the session's set-up form and a project's settings form share (a project holds a session set-up). */

/** The document language: Finnish, Swedish or English, each option named in its own language. */
export const LanguageSelect = ({
  id,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  label: MessageKey;
  hint: MessageKey;
  value: Language;
  onChange: (language: Language) => void;
}) => {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={`${id}-language`}>{t(label)}</label>
      <select
        id={`${id}-language`}
        value={value}
        aria-describedby={`${id}-language-hint`}
        onChange={(e) => onChange(Language.parse(e.target.value))}
      >
        <option value="fi" lang="fi">
          Suomi
        </option>
        <option value="sv" lang="sv">
          Svenska
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
      <p id={`${id}-language-hint`} className="hint">
        {t(hint)}
      </p>
    </div>
  );
};

/** Questions, stakeholder groups, the plan, development themes, phases and participant options. */
export const SetupEditors = ({
  setup,
  onChange,
}: {
  setup: SessionSetup;
  onChange: (patch: Partial<SessionSetup>) => void;
}) => (
  <>
    <QuestionsEditor setup={setup} onChange={onChange} />
    <GroupsEditor setup={setup} onChange={onChange} />
    <PlanEditor setup={setup} onChange={onChange} />
    <DevelopmentThemesEditor setup={setup} onChange={onChange} />
    <PhasePlanEditor setup={setup} onChange={onChange} />
    <ParticipantOptions setup={setup} onChange={onChange} />
  </>
);

/** What stops the form, said at the button and focused when a submit fails (an alert while it has content). */
export const FormProblems = ({
  anchor,
  problems,
  failure,
}: {
  anchor: RefObject<HTMLDivElement>;
  problems: MessageKey[];
  failure: ErrorCode | 'network' | null;
}) => {
  const t = useT();
  const hasErrors = problems.length > 0 || failure !== null;
  return (
    <div ref={anchor} tabIndex={-1} className="form-summary" role={hasErrors ? 'alert' : undefined}>
      {problems.length > 0 ? (
        <>
          <p>{t('create.invalid')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{t(p)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {failure ? <p>{failure === 'network' ? t('error.network') : t(errorKey(failure))}</p> : null}
    </div>
  );
};
