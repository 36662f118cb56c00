// The owner's project pages in one lazy chunk with the staff strings: one import in the phone's entry, not three.
import type { ProjectRoute } from '../../routing/projectRoutes';
import CreateProjectView from './CreateProjectView';
import ProjectPage from './ProjectPage';
import ProjectReportPage from './report/ProjectReportPage';

export type ProjectPageRoute = Exclude<ProjectRoute, { name: 'publicReport' }>;

/** `/new-project`, `/project/<id>` and `/project/<id>/report`, each with the owner link's token in the fragment. */
const ProjectPages = ({ route }: { route: ProjectPageRoute }) => {
  switch (route.name) {
    case 'createProject':
      return <CreateProjectView createdId={route.createdId} />;
    case 'project':
      return <ProjectPage key={route.projectId} projectId={route.projectId} />;
    case 'projectReport':
      return <ProjectReportPage key={route.projectId} projectId={route.projectId} />;
    default: {
      const unhandled: never = route;
      throw new Error(`unknown project page ${JSON.stringify(unhandled)}`);
    }
  }
};

export default ProjectPages;
