import { Method, type CreateSessionResponse, type ErrorCode, type ProjectView } from '@aquarium/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { errorKey } from '../../net/socket';
import { createProjectSession } from '../../net/projectApi';
import { saveCreated } from '../../net/storage';
import { useT } from '../../state/useT';
import { rememberStaffSession } from '../home/staffSessions';
import { failureOf } from './useProject';

interface Props {
  project: ProjectView;
  token: string;
  onCreated: (created: CreateSessionResponse) => void;
}

/** The facilitator token in a staff link's fragment. */
const tokenOfLink = (link: string) => new URL(link, window.location.href).hash.slice(1);

/**
 * "New session in this project": the region (required), place, date and method; the rest of the set-up is the
 * project's. The new session's links are kept in this browser like those of any session created here.
 */
export const NewSessionForm = ({ project, token, onCreated }: Props) => {
  const t = useT();
  const id = useId();
  const [region, setRegion] = useState('');
  const [place, setPlace] = useState('');
  const [date, setDate] = useState('');
  const [method, setMethod] = useState<Method>(project.setup.method);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | 'network' | 'region' | null>(null);
  const regionInput = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!region.trim()) {
      setFailure('region');
      regionInput.current?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const created = await createProjectSession(project.projectId, token, {
        region: region.trim(),
        place: place.trim(),
        date,
        method,
      });
      saveCreated(created);
      const title = project.setup.title || project.name;
      rememberStaffSession({
        sessionId: created.sessionId,
        role: 'facilitator',
        token: tokenOfLink(created.links.facilitator),
        title: `${title} · ${region.trim()}`,
        openedAt: Date.now(),
      });
      setRegion('');
      setPlace('');
      setDate('');
      onCreated(created);
    } catch (err) {
      setFailure(failureOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="new-session" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('project.newSession')}</h2>
      <p className="hint">{t('project.newSessionHint')}</p>
      <div className="field">
        <label htmlFor={`${id}-region`}>{t('create.region')}</label>
        <input
          ref={regionInput}
          id={`${id}-region`}
          value={region}
          maxLength={200}
          required
          aria-required
          aria-invalid={failure === 'region'}
          aria-describedby={failure === 'region' ? `${id}-region-error` : undefined}
          onChange={(e) => setRegion(e.target.value)}
        />
        {failure === 'region' ? (
          <p id={`${id}-region-error`} className="field-error">
            {t('project.err.region')}
          </p>
        ) : null}
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-place`}>{t('create.place')}</label>
          <input id={`${id}-place`} value={place} maxLength={200} onChange={(e) => setPlace(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('create.date')}</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-method`}>{t('create.method')}</label>
        <select id={`${id}-method`} value={method} onChange={(e) => setMethod(Method.parse(e.target.value))}>
          <option value="aquarium">{t('create.methodAquarium')}</option>
          <option value="smallGroups">{t('create.methodSmallGroups')}</option>
        </select>
      </div>
      {failure && failure !== 'region' ? (
        <p className="field-error" role="alert">
          {failure === 'network' ? t('error.network') : t(errorKey(failure))}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy} data-testid="project-new-session">
        {busy ? t('project.creatingSession') : t('project.createSession')}
      </button>
    </form>
  );
};
