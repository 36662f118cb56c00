import { notYetSpoken } from '@aquarium/shared';
import { useNow } from '../../../components/useNow';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';
import { EquityTables } from './EquityTables';
import { usePersonLabels } from './labels';
import './turns.css';

/** Live participation by stakeholder group and circle, and who has not spoken yet. */
export const EquityPanel = () => {
  const t = useT();
  const session = useStore((s) => s.session);
  const offset = useStore((s) => s.clockOffset);
  const labels = usePersonLabels();
  const running = (session?.turns.current ?? null) !== null;
  const now = useNow(1000, running);
  if (!session || session.status === 'lobby') return null;

  const silent = notYetSpoken(session);
  const invited = new Set(session.turns.invited);
  const toInvite = silent.filter((id) => !invited.has(id));
  return (
    <section className="card equity" aria-labelledby="equity-title" data-testid="equity-panel">
      <h2 id="equity-title">{t('turns.equity')}</h2>
      <EquityTables session={session} now={now + offset} />
      <h3 id="not-yet-title">{t('turns.notYet', { n: silent.length })}</h3>
      {silent.length === 0 ? (
        <p>{t('turns.everyoneSpoke')}</p>
      ) : (
        <ul className="equity__silent" aria-labelledby="not-yet-title" data-testid="not-yet-spoken">
          {silent.map((id) => (
            <li key={id}>
              <span className={labels[id]?.anonymous ? 'is-anonymous' : undefined}>{labels[id]?.label}</span>
              <span className="equity__group"> ({labels[id]?.group})</span>
              {invited.has(id) ? <strong className="equity__invited"> · {t('turns.invitedMark')}</strong> : null}
            </li>
          ))}
        </ul>
      )}
      {session.status === 'running' ? (
        <button
          type="button"
          className="button"
          disabled={toInvite.length === 0}
          onClick={() => void sendCommand('turn:invite', { participantIds: toInvite })}
        >
          {t('turns.invite')}
        </button>
      ) : null}
    </section>
  );
};
