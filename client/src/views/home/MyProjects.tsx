import { useState } from 'react';
import { navigate } from '../../routing/navigation';
import { useT } from '../../state/useT';
import { forgetProject, listProjects, ownerFragment, type StaffProject } from './staffProjects';

/** The start page's list of projects this browser holds an owner link to, each with a way to forget it here. */
export const MyProjects = () => {
  const t = useT();
  const [projects, setProjects] = useState(listProjects);
  if (projects.length === 0) return null;
  const forget = (p: StaffProject) => {
    forgetProject(p.projectId);
    setProjects(listProjects());
  };
  return (
    <section className="home-staff home-mine" aria-labelledby="home-projects-title" data-testid="my-projects">
      <h2 id="home-projects-title">{t('home.projects')}</h2>
      <p className="hint">{t('home.projectsHint')}</p>
      <ul className="home-mine__list">
        {projects.map((p) => {
          // As `projectPages.project` has it (not imported: one chunk less for the start page to know of).
          const href = `/project/${encodeURIComponent(p.projectId)}${ownerFragment(p.token)}`;
          const name = p.name || p.projectId;
          return (
            <li key={p.projectId} className="home-mine__item" data-testid="my-project">
              <a
                href={href}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(href);
                }}
              >
                {name}
              </a>
              <button
                type="button"
                className="button button--small button--secondary"
                aria-label={t('home.forgetProjectLabel', { name })}
                onClick={() => forget(p)}
              >
                {t('home.forget')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
};
