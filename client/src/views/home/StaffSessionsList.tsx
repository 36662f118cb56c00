import { useState } from 'react';
import { pagePaths } from '../../routing/route';
import { useT } from '../../state/useT';
import { MyProjects } from './MyProjects';
import { forgetStaffSession, listStaffSessions, type StaffSession } from './staffSessions';

const paths = { facilitator: pagePaths.facilitator, scribe: pagePaths.scribe, screen: pagePaths.screen };

/**
 * The start page's lists of projects this browser holds an owner link to, and of sessions it created or opened as
 * staff, each with its role.
 */
const StaffSessionsList = () => (
  <>
    <MyProjects />
    <MySessions />
  </>
);

const MySessions = () => {
  const t = useT();
  const [sessions, setSessions] = useState(listStaffSessions);
  if (sessions.length === 0) return null;
  const forget = (s: StaffSession) => {
    forgetStaffSession(s.role, s.sessionId);
    setSessions(listStaffSessions());
  };
  return (
    <section className="home-staff home-mine" aria-labelledby="home-mine-title" data-testid="my-sessions">
      <h2 id="home-mine-title">{t('home.mine')}</h2>
      <p className="hint">{t('home.mineHint')}</p>
      <ul className="home-mine__list">
        {sessions.map((s) => {
          const role = t(`home.role.${s.role}`);
          return (
            <li key={`${s.role}.${s.sessionId}`} className="home-mine__item" data-testid="my-session">
              <a href={`${paths[s.role]}#${s.token}`} aria-label={t('home.openAs', { title: s.title, role })}>
                {s.title}
              </a>{' '}
              <span className="home-mine__role">({role})</span>
              <button
                type="button"
                className="button button--small button--secondary"
                aria-label={t('home.forgetLabel', { title: s.title, role })}
                onClick={() => forget(s)}
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

export default StaffSessionsList;
