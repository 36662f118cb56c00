import type { CreateSessionResponse } from '@aquarium/shared';
import { useEffect, useRef, useState } from 'react';
import { navigate } from '../../routing/navigation';
import { projectPages } from '../../routing/projectPages';
import { useT } from '../../state/useT';
import { CreatedView } from '../create/CreatedView';
import { deleteProject } from '../../net/projectApi';
import { forgetProject } from '../home/staffProjects';
import { DeleteButton } from './DeleteButton';
import { EditSettings } from './EditSettings';
import { NewSessionForm } from './NewSessionForm';
import { OwnerLinkCard } from './OwnerLinkCard';
import { ProjectSessions } from './ProjectSessions';
import { ProjectGate } from './ProjectGate';
import { useOwnerToken } from './useOwnerToken';
import { useProject } from './useProject';
import './project.css';

/**
 * `/project/<id>#owner=<token>`: the project's owner sees its sessions, starts a new one from the project's
 * set-up, opens the combined report, edits the settings and replaces the owner link.
 */
const ProjectPage = ({ projectId }: { projectId: string }) => {
  const t = useT();
  const { token, adopt } = useOwnerToken(projectId);
  const { state, reload, replace } = useProject(projectId, token);
  const [created, setCreated] = useState<CreateSessionResponse | null>(null);
  const createdRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);

  useEffect(() => {
    if (state.kind === 'ready') document.title = `${state.value.name} · ${t('app.name')}`;
  }, [state, t]);

  if (state.kind !== 'ready' || !token) return <ProjectGate state={state} onRetry={reload} />;
  const project = state.value;
  const published = project.sessions.filter((s) => s.state === 'published').length;
  const reportHref = projectPages.report(projectId);
  const years =
    project.years.from === project.years.to ? `${project.years.from}` : `${project.years.from}–${project.years.to}`;

  return (
    <div className="page page--wide project-page" data-testid="project-page">
      <header className="project-head">
        <div className="project-head__title">
          <p className="project-head__kind">{t('project.kind')}</p>
          <h1>{project.name}</h1>
          <p className="hint">{[project.organisation, years].filter(Boolean).join(' · ')}</p>
        </div>
        <div className="project-head__report">
          <a
            className={`button ${published > 0 ? 'button--primary' : 'button--secondary'}`}
            href={reportHref}
            data-testid="project-report-link"
            onClick={(e) => {
              e.preventDefault();
              navigate(reportHref);
            }}
          >
            {t('project.openReport')}
          </a>
          <p className="hint" data-testid="project-progress">
            {t('project.progress', { published, total: project.sessions.length })}
          </p>
        </div>
      </header>

      <div className="project-grid">
        <section className="project-main" aria-labelledby="project-sessions-title">
          {created ? (
            <div ref={createdRef} className="card project-created" tabIndex={-1}>
              <CreatedView key={created.sessionId} sessionId={created.sessionId} embedded />
              <button type="button" className="button button--secondary" onClick={() => setCreated(null)}>
                {t('project.closeCreated')}
              </button>
            </div>
          ) : null}
          <h2 id="project-sessions-title">{t('project.sessions')}</h2>
          <ProjectSessions
            sessions={project.sessions}
            projectName={project.name}
            projectId={projectId}
            token={token}
            onDeleted={reload}
          />
        </section>
        <div className="project-side">
          <div className={`card ${project.sessions.length === 0 ? 'card--next' : ''}`}>
            <NewSessionForm
              project={project}
              token={token}
              onCreated={(answer) => {
                setCreated(answer);
                reload();
              }}
            />
          </div>
          <OwnerLinkCard projectId={projectId} token={token} onRotated={adopt} />
        </div>
      </div>
      <EditSettings project={project} token={token} onSaved={replace} />
      <section className="card project-delete" aria-labelledby="project-delete-title">
        <h2 id="project-delete-title">{t('project.delete')}</h2>
        <p className="hint">{t('project.deleteHint')}</p>
        <DeleteButton
          label={t('project.delete')}
          title={t('project.deleteTitle', { name: project.name })}
          body={t('project.deleteBody', { n: project.sessions.length })}
          confirm={t('project.deleteConfirm')}
          testId="delete-project"
          remove={() => deleteProject(projectId, token)}
          onDeleted={() => {
            forgetProject(projectId);
            navigate('/');
          }}
        />
      </section>
    </div>
  );
};

export default ProjectPage;
