import { goalRatingScale, goalsOf, type GoalRatingValue } from '@aquarium/shared';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';

const scaleKey = (v: GoalRatingValue) => (v === 'cantSay' ? 'phone.rate.cantSay' : (`phone.rate.v${v}` as const));

/**
 * The anonymous goal rating: open it on the phones at a moment the facilitator chooses, see how many have
 * rated (never who rated what), close it, and read the aggregated results by stakeholder group.
 */
export const GoalRatingPanel = () => {
  const t = useT();
  const session = useStore((s) => s.session);
  if (!session) return null;
  const goals = goalsOf(session.setup);
  if (goals.length === 0) return null;
  const { open, raters, results } = session.goalRating;
  const ended = session.status === 'ended';
  const groupName = (id: string) =>
    id === 'other'
      ? t('goalRating.other')
      : id === 'all'
        ? t('goalRating.all')
        : (session.setup.stakeholderGroups.find((g) => g.id === id)?.name ?? t('goalRating.other'));
  return (
    <section className="card capture-panel" aria-labelledby="goal-rating-panel" data-testid="goal-rating-panel">
      <h2 id="goal-rating-panel">{t('goalRating.title')}</h2>
      <p className="hint">{t('goalRating.hint')}</p>
      <p className="status-text" role="status" data-testid="goal-rating-state">
        {open ? `${t('goalRating.isOpen')} ` : ''}
        {t('goalRating.raters', { n: raters })}
      </p>
      <div className="button-row">
        {open ? (
          <button type="button" className="button" onClick={() => void sendCommand('goalRating:close', {})}>
            {t('goalRating.close')}
          </button>
        ) : ended ? null : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void sendCommand('goalRating:open', {})}
          >
            {t('goalRating.open')}
          </button>
        )}
      </div>
      {results && !open ? (
        <div className="goal-results" data-testid="goal-results">
          <h3>{t('goalRating.results')}</h3>
          {goals.map((goal, i) => {
            const result = results.find((r) => r.goalId === goal.id);
            return (
              <div key={goal.id} className="table-scroll">
                <table className="goal-results__table">
                  <caption>{t('phone.rate.goal', { n: i + 1, name: goal.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('goalRating.group')}</th>
                      {goalRatingScale.map((v) => (
                        <th key={v} scope="col" className="num">
                          {t(scaleKey(v))}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {(result?.rows ?? []).map((row) => (
                      <tr key={row.group}>
                        <th scope="row">{groupName(row.group)}</th>
                        {row.counts.map((c, j) => (
                          <td key={j} className="num">
                            {c}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
                {result?.withheld ? <p className="hint">{t('goalRating.withheld', { n: result.withheld })}</p> : null}
              </div>
            );
          })}
        </div>
      ) : null}
    </section>
  );
};
