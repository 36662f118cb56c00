import type { ProjectView } from '@aquarium/shared';
import { useId, useState } from 'react';
import { updateProject } from '../../net/projectApi';
import { useT } from '../../state/useT';
import { ProjectForm } from './ProjectForm';
import { settingsOf } from './projectModel';

interface Props {
  project: ProjectView;
  token: string;
  onSaved: (project: ProjectView) => void;
}

/** The project's settings behind a button: sessions made after saving start from the new set-up. */
export const EditSettings = ({ project, token, onSaved }: Props) => {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <section className="project-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('project.settings')}</h2>
      <p className="hint">{t('project.settingsHint')}</p>
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        data-testid="project-edit"
        onClick={() => {
          setOpen((o) => !o);
          setSaved(false);
        }}
      >
        {open ? t('project.closeSettings') : t('project.editSettings')}
      </button>
      <p className="status-text" role="status">
        {saved ? t('project.saved') : ''}
      </p>
      <div id={`${id}-form`} hidden={!open}>
        {open ? (
          <ProjectForm
            key={project.projectId}
            initial={settingsOf(project)}
            storedMark={project.fundingMark}
            submitLabel={t('project.save')}
            onSubmit={async (settings) => {
              onSaved(await updateProject(project.projectId, token, settings));
              setOpen(false);
              setSaved(true);
            }}
          />
        ) : null}
      </div>
    </section>
  );
};
