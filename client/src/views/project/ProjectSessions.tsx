import { formatJoinCode, locales, type Language, type ProjectSessionRow } from '@aquarium/shared';
import { pagePaths } from '../../routing/route';
import { useStore } from '../../state/store';
import { useT } from '../../state/useT';
import { deleteProjectSession } from '../../net/projectApi';
import { listStaffSessions } from '../home/staffSessions';
import { DeleteButton } from './DeleteButton';

const formatDate = (date: string, language: Language) =>
  date ? new Date(`${date}T12:00:00`).toLocaleDateString(locales[language]) : '';

interface Props {
  sessions: ProjectSessionRow[];
  projectName: string;
  projectId: string;
  token: string;
  /** After a session was deleted on the server. */
  onDeleted: () => void;
}

/**
 * The project's sessions, in creation order: region and place, date, method, state and participants, and the join
 * code. A session this browser holds the facilitator link to opens from here; the owner can delete one.
 */
export const ProjectSessions = ({ sessions, projectName, projectId, token: ownerToken, onDeleted }: Props) => {
  const t = useT();
  const language = useStore((s) => s.language);
  const facilitatorTokens = new Map(
    listStaffSessions()
      .filter((s) => s.role === 'facilitator')
      .map((s) => [s.sessionId, s.token]),
  );
  if (sessions.length === 0) return <p className="hint">{t('project.sessions.none')}</p>;
  return (
    <ul className="project-sessions" data-testid="project-sessions">
      {sessions.map((s) => {
        const token = facilitatorTokens.get(s.sessionId);
        const where = [s.region, s.place].filter(Boolean).join(', ');
        return (
          <li key={s.sessionId} className="project-session" data-testid="project-session">
            <h3 className="project-session__title">{where || s.title}</h3>
            <p className={`project-session__state project-session__state--${s.state}`} data-testid="session-state">
              {t(`project.state.${s.state}`)}
            </p>
            <dl className="project-session__facts">
              {/* The session's own title, where it says more than the project's name. */}
              {where && s.title !== projectName ? (
                <div>
                  <dt>{t('project.sessions.title')}</dt>
                  <dd>{s.title}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('create.date')}</dt>
                <dd>{formatDate(s.date, language) || t('project.sessions.noDate')}</dd>
              </div>
              <div>
                <dt>{t('create.method')}</dt>
                <dd>{s.method === 'smallGroups' ? t('create.methodSmallGroups') : t('create.methodAquarium')}</dd>
              </div>
              <div>
                <dt>{t('project.sessions.participants')}</dt>
                <dd>
                  <span data-testid="session-participants">{s.participants.total}</span>
                  {s.participants.byGroup.length > 0 ? (
                    <span className="project-session__groups">
                      {' '}
                      ({s.participants.byGroup.map((g) => `${g.group} ${g.count}`).join(', ')})
                    </span>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt>{t('created.joinCode')}</dt>
                <dd className="project-session__code">{formatJoinCode(s.joinCode)}</dd>
              </div>
            </dl>
            <div className="project-session__actions">
              {token ? (
                <a
                  className="project-session__open"
                  href={`${pagePaths.facilitator}#${token}`}
                  aria-label={t('project.sessions.openLabel', { name: where || s.title })}
                >
                  {t('project.sessions.open')}
                </a>
              ) : null}
              <DeleteButton
                label={t('project.sessions.delete')}
                ariaLabel={t('project.sessions.deleteLabel', { name: where || s.title })}
                title={t('project.sessions.deleteTitle', { name: where || s.title })}
                body={t('project.sessions.deleteBody')}
                confirm={t('project.sessions.deleteConfirm')}
                testId="delete-session"
                remove={() => deleteProjectSession(projectId, ownerToken, s.sessionId)}
                onDeleted={onDeleted}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
};
