import { navigate } from '../../routing/navigation';
import { errorKey } from '../../net/socket';
import { useT } from '../../state/useT';
import type { Loaded } from './useProject';

/** Loading, or why a project page cannot be shown: no or a replaced owner link, the network, another refusal. */
export const ProjectGate = ({ state, onRetry }: { state: Loaded<unknown>; onRetry: () => void }) => {
  const t = useT();
  if (state.kind === 'loading') return <p className="loading page">{t('common.loading')}</p>;
  if (state.kind === 'ready') return null;
  const { code } = state;
  const denied = code === 'UNAUTHORIZED' || code === 'NOT_FOUND';
  return (
    <div className="page page--narrow" data-testid="project-gate">
      <h1>{denied ? t('project.denied.title') : t('project.failed.title')}</h1>
      <p role="alert">
        {denied ? t('project.denied.body') : code === 'network' ? t('error.network') : t(errorKey(code))}
      </p>
      <div className="button-row">
        {denied ? null : (
          <button type="button" className="button button--primary" onClick={onRetry}>
            {t('phone.tryAgain')}
          </button>
        )}
        <a
          className="button button--secondary"
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          {t('common.backHome')}
        </a>
      </div>
    </div>
  );
};
