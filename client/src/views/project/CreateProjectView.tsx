import { useState } from 'react';
import { navigate } from '../../routing/navigation';
import { projectPages } from '../../routing/projectPages';
import { createProject } from '../../net/projectApi';
import { useStore } from '../../state/store';
import { useT } from '../../state/useT';
import { CopyField } from '../create/CopyField';
import { ownerFragment, rememberedProject, rememberProject } from '../home/staffProjects';
import { ProjectForm } from './ProjectForm';
import { newProjectSettings } from './projectModel';
import './project.css';

/** After creating: the owner link to copy and keep (this browser keeps it too), and the way into the project. */
const ProjectCreated = ({ projectId }: { projectId: string }) => {
  const t = useT();
  const [entry] = useState(() => rememberedProject(projectId));
  if (!entry) {
    return (
      <div className="page page--narrow">
        <h1>{t('project.created')}</h1>
        <p>{t('project.createdMissing')}</p>
      </div>
    );
  }
  const href = projectPages.project(projectId) + ownerFragment(entry.token);
  return (
    <div className="page page--narrow" data-testid="project-created">
      <h1>{t('project.created')}</h1>
      <p>{t('project.createdIntro')}</p>
      <button type="button" className="button button--primary" onClick={() => navigate(href)}>
        {t('project.open')}
      </button>
      <div className="card">
        <CopyField
          label={t('project.ownerLink')}
          help={t('project.ownerLinkHelp')}
          value={`${window.location.origin}${href}`}
          testId="owner-link"
        />
      </div>
    </div>
  );
};

/** `/new-project`: the project's settings; after creating, its owner link. */
const CreateProjectView = ({ createdId }: { createdId: string | null }) => {
  const t = useT();
  const language = useStore((s) => s.language);
  const [initial] = useState(() => newProjectSettings(language));
  if (createdId) return <ProjectCreated key={createdId} projectId={createdId} />;
  return (
    <div className="page">
      <h1>{t('project.createTitle')}</h1>
      <p className="hint">{t('project.createIntro')}</p>
      <ProjectForm
        initial={initial}
        storedMark={null}
        submitLabel={t('project.create')}
        onSubmit={async (settings) => {
          const answer = await createProject(settings);
          rememberProject({
            projectId: answer.projectId,
            token: answer.ownerToken,
            name: settings.name,
            openedAt: Date.now(),
          });
          navigate(projectPages.created(answer.projectId));
        }}
      />
    </div>
  );
};

export default CreateProjectView;
